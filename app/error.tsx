"use client";
// Shown when a page fails to render. "Try again" calls retry(), which in Next 16 refreshes the
// server data and then resets the boundary; reset() alone would re-render the same failed data.
import Link from "next/link";
import { useEffect } from "react";
import { copy } from "@/data/copy";
import { HOME } from "@/lib/addresses";
import { Button, buttonClasses } from "@/components/ui/button";

type ErrorPageProps = {
  error: unknown;
  reset: () => void;
  retry: () => void;
};

export default function ErrorPage({ error, retry }: ErrorPageProps) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  // Server errors reach the browser without details, only a digest that matches the server log.
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : undefined;

  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col items-start gap-4 px-4 py-16 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight text-ink sm:text-4xl">{copy.error.heading}</h1>
      <p className="text-lg text-ink-muted">{copy.error.text}</p>
      <div className="mt-2 flex flex-wrap gap-3">
        <Button onClick={() => retry()}>Try again</Button>
        <Link href={HOME} className={buttonClasses({ variant: "secondary" })}>
          Go to the home page
        </Link>
      </div>
      {digest && <p className="text-sm text-ink-muted">{copy.error.code(digest)}</p>}
    </div>
  );
}
