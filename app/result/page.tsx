// The result: a pure function of the answers in the URL, rendered on the server. Undecided answers
// go back to the wizard to finish; malformed ones get a plain explanation and a way back.
import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { redirect } from "next/navigation";
import { pageCopy } from "@/data/copy";
import { StartDate } from "@/lib/api-contract";
import { today } from "@/lib/dates";
import { diffPlans } from "@/lib/plan-diff";
import { resultFor } from "@/lib/result";
import { resultView } from "@/lib/result-view";
import { PLAN_B, planBHref, RESTART_WIZARD, RESULT, WIZARD, wizardHref } from "@/lib/addresses";
import { readWizardUrl } from "@/lib/wizard-url";
import { buttonClasses } from "@/components/ui/button";
import { PlanComparison } from "@/components/plans/plan-comparison";
import { SaveNeedsScript, SavePlanButton } from "@/components/plans/save-plan-button";
import { PlanB } from "@/components/result/plan-b";
import { YourAnswers } from "@/components/result/your-answers";
import { PlanChecklist } from "@/components/result/plan-checklist";
import { ResultSummary } from "@/components/result/result-summary";
import { PlanTimeline } from "@/components/result/plan-timeline";
import { WhyNot } from "@/components/result/why-not";
import { loadPlanForPage, STORE_DOWN } from "@/server/plans/load-plan";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

type Params = Awaited<Props["searchParams"]>;

// The page and its metadata share one computation per request (cache() keys on the query text).
const compute = cache((query: string) => {
  const params = JSON.parse(query) as Params;
  const { answers, compare } = readWizardUrl(params);
  if (!answers) return null;
  const start = StartDate.safeParse(params.start);
  const found = resultFor(answers, start.success ? start.data : today());
  if (found.status === "open") {
    // A re-run of a plan saved under older questions may need a new answer first: keep the comparison.
    redirect(wizardHref(answers, null, compare));
  }
  return { answers, result: found.result, compare, planB: params[PLAN_B] !== undefined };
});

const load = async (searchParams: Props["searchParams"]) => compute(JSON.stringify(await searchParams));

/** A re-run from a saved plan (?compare=<plan id>): that plan against this result. */
async function comparison(id: string, current: Parameters<typeof diffPlans>[1]) {
  const saved = await loadPlanForPage(id, RESULT);
  if (saved === STORE_DOWN) return { saved: null, unavailable: true };
  return saved ? { saved, diff: diffPlans(saved.snapshot, current) } : { saved: null };
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const data = await load(searchParams);
  return { title: data ? `Your route: ${data.result.route.name}` : "Your route" };
}

export default async function ResultPage({ searchParams }: Props) {
  const data = await load(searchParams);
  if (!data) {
    return (
      <div className="mx-auto max-w-2xl px-4 py-16 sm:px-6">
        <h1 className="text-3xl font-bold tracking-tight">{pageCopy.unreadableAnswers.heading}</h1>
        <p className="mt-3 text-ink-muted">{pageCopy.unreadableAnswers.text}</p>
        <Link href={WIZARD} className={buttonClasses({ className: "mt-6" })}>
          Answer the questions
        </Link>
      </div>
    );
  }
  const { answers, result } = data;
  const { plan } = result;
  const view = resultView(result);
  const compared = data.compare ? await comparison(data.compare, result) : null;

  return (
    <div className="mx-auto grid w-full max-w-4xl gap-8 px-4 py-8 sm:px-6 sm:py-12">
      {compared ? <PlanComparison {...compared} /> : null}
      <ResultSummary view={view} headingLevel="h1" eyebrow="Your route into product management" />

      <section aria-labelledby="plan-heading" className="grid gap-4">
        <h2 id="plan-heading" className="text-2xl font-bold tracking-tight">
          Your plan, starting this week
        </h2>
        <SavePlanButton
          answers={answers}
          startDate={plan.startDate}
          routeName={view.route.name}
          label={compared?.saved ? "Save as a new plan" : "Save this plan"}
        />
        <SaveNeedsScript />
        <PlanTimeline plan={plan} />
        <PlanChecklist plan={plan} />
      </section>

      <PlanB
        answers={answers}
        compare={data.compare}
        open={result.switchOpen}
        switchTo={result.switchTo?.name ?? null}
        warned={result.warnings.length > 0}
        routeName={view.route.name}
        checkpointDate={plan.steps.find((s) => s.id === "checkpoint")!.dates.start}
        asking={data.planB}
        action={RESULT}
        chooseHref={planBHref(answers, data.compare)}
      />

      <section aria-label="Other routes and your answers" className="grid gap-4">
        <WhyNot view={view} />
        <YourAnswers answers={answers} compare={data.compare} switchOpen={result.switchOpen} />
        <p>
          <Link href={RESTART_WIZARD} className="font-medium text-accent-text">
            Start over with new answers
          </Link>
        </p>
      </section>
    </div>
  );
}
