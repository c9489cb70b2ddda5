// "My plans": the plans saved from this browser. The list lives in this browser (with the edit
// tokens), so the page is a shell and the list is a client leaf.
import type { Metadata } from "next";
import { MyPlans } from "@/components/plans/my-plans";
import { pageCopy } from "@/data/copy";

export const metadata: Metadata = {
  title: "My plans",
  robots: { index: false, follow: false },
};

export default function MyPlansPage() {
  return (
    <div className="mx-auto grid w-full max-w-3xl gap-6 px-4 py-8 sm:px-6 sm:py-12">
      <header>
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">My plans</h1>
        <p className="mt-3 text-lg text-ink-muted">{pageCopy.myPlans.intro}</p>
      </header>
      <MyPlans />
    </div>
  );
}
