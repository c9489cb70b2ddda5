"use client";
// Opens the browser's print dialog; the print stylesheet turns the page into a clean document.
import { Button } from "@/components/ui/button";

export function PrintButton({ children = "Print" }: { children?: React.ReactNode }) {
  return (
    <Button variant="secondary" onClick={() => window.print()} className="w-full justify-start">
      {children}
    </Button>
  );
}
