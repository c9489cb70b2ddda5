// The wizard in one browser tab, from the page the server rendered to the result: one question at
// a time, Back, changing an earlier answer, starting over, and keeping the browser in step (the
// address in history, the state in storage, other tabs, Back and Forward). Pure XState v5: it
// imports only xstate, data/ and lib/ (through its own plain steps in wizard-steps.ts); the
// browser's side (history, storage, its events, showing the result page) is named here and
// supplied where the machine is mounted, with .provide().
import { assign, fromCallback, setup, type EventObject } from "xstate";
import { copy } from "@/data/copy";
import { resultHref } from "@/lib/addresses";
import { restore, serialize } from "./wizard-persistence";
import { arrival, type Arrival } from "./wizard-start";
import {
  addressOf,
  adopt,
  back,
  canOpen,
  formChoice,
  isSelectable,
  open,
  previous,
  questionAt,
  settle,
  submit,
  type Draft,
  type WizardState,
} from "./wizard-steps";

export type WizardSessionInput = {
  /** the state the server rendered */
  page: WizardState;
  /** the saved plan a re-run compares with, as the server read it from the address */
  compare: string | null;
  /** the browser's address (path and query) when the script takes over; null on the server */
  address: string | null;
  /** what this browser saved (localStorage); null when nothing was, or on the server */
  stored: string | null;
};

type WizardSessionContext = WizardState & {
  compare: string | null;
  /** the address the browser shows: read as the script takes over, then kept in step; null on the server */
  address: string | null;
  /** where the wizard goes when the script takes over (arrival in wizard-start.ts); null after, and on the server */
  arrival: Arrival | null;
};

export type WizardEvent =
  /** the script has taken over the page; `form`: the question's form fields as they are now (a choice made before) */
  | { type: "page.hydrate"; form: string | null }
  | { type: "answer.select"; value: Draft }
  | { type: "answer.submit" }
  | { type: "wizard.back" }
  | { type: "wizard.restart" }
  | { type: "notice.dismiss" }
  /** the browser's Back or Forward moved to this address */
  | { type: "history.pop"; address: string }
  /** another tab saved the wizard (or cleared it: null) */
  | { type: "storage.change"; stored: string | null };

/** Stands in for a subscription to the browser until .provide() supplies one. */
const noBrowser = fromCallback<EventObject>(() => {});

const base = setup({
  types: {
    context: {} as WizardSessionContext,
    events: {} as WizardEvent,
    input: {} as WizardSessionInput,
  },
  actions: {
    // The browser's side, supplied with .provide().
    pushAddress: (_, _params: { href: string }) => {},
    replaceAddress: (_, _params: { href: string }) => {},
    save: (_, _params: { value: string }) => {},
    showResult: (_, _params: { href: string }) => {},

    arrive: assign(({ context }, { form }: { form: string | null }) => {
      const { state, compare } = context.arrival ?? { state: context, compare: context.compare };
      // A choice the person made in the page's form before the script ran stands, if the wizard stays on that question.
      const choice = state.current === context.current ? formChoice(context, form) : null;
      return { ...state, draft: choice ?? state.draft, compare, arrival: null };
    }),
    selectDraft: assign((_, { value }: { value: Draft }) => ({ draft: value })),
    submitDraft: assign(({ context }) => submit(context)),
    goBack: assign(({ context }) => back(context)),
    restart: assign(() => settle({}, copy.restarted)),
    dismissNotice: assign({ notice: null }),
    openAddress: assign(({ context }, { address }: { address: string }) => ({
      ...open(context, questionAt(address, context.path)!),
      address,
    })),
    noteAddress: assign((_, { address }: { address: string }) => ({ address })),
    adoptStored: assign(({ context }, { stored }: { stored: string | null }) => adopt(context, restore(stored, context.path)!.state)),
  },
  guards: {
    hasDraft: ({ context }) => context.current !== null && context.draft !== null,
    isSelectable: ({ context }, { value }: { value: Draft }) => isSelectable(context, value),
    canGoBack: ({ context }) => previous(context) !== null,
    isSettled: ({ context }) => context.current === null,
    arrivesSettled: ({ context }) => (context.arrival?.state ?? context).current === null,
    /** a wizard address whose question is on the path */
    canOpenAddress: ({ context }, { address }: { address: string }) => {
      const question = questionAt(address, context.path);
      return question !== null && canOpen(context, question);
    },
    isWizardAddress: ({ context }, { address }: { address: string }) => questionAt(address, context.path) !== null,
    /** what another tab saved is a state the wizard could be in (not garbage, nor from another catalog) */
    isIntact: ({ context }, { stored }: { stored: string | null }) => restore(stored, context.path)?.intact === true,
  },
  actors: {
    historyPops: noBrowser,
    storageChanges: noBrowser,
  },
});

/**
 * Puts what is on screen in the address bar, unless it is there already: as a new history entry
 * for a step the person took (none for the result: the result page it opens has its own, and the
 * last question's entry stays under it for Back), or in place of the entry shown.
 */
const showAddress = (how: "push" | "replace") =>
  base.enqueueActions(({ context, enqueue }) => {
    if (how === "push" && context.current === null) return;
    const href = addressOf(context, context.compare);
    if (href === context.address) return;
    enqueue.assign({ address: href });
    if (how === "push") enqueue({ type: "pushAddress", params: { href } });
    else enqueue({ type: "replaceAddress", params: { href } });
  });

export const wizardSession = base
  .extend({
    actions: {
      recordStep: showAddress("push"),
      followScreen: showAddress("replace"),
      saveState: base.enqueueActions(({ context, enqueue }) => enqueue({ type: "save", params: { value: serialize(context) } })),
    },
  })
  .createMachine({
    id: "wizard",
    context: ({ input }) => ({
      ...input.page,
      compare: input.compare,
      address: input.address,
      arrival: input.address === null ? null : arrival(input.page, input.compare, input.address, input.stored),
    }),
    initial: "arriving",
    states: {
      /** The page as the server rendered it, until the script takes over: nothing is saved or written to history yet. */
      arriving: {
        on: {
          "page.hydrate": [
            {
              // A wizard that was finished shows its summary (the result page is a click away), and stays.
              guard: "arrivesSettled",
              target: "active.result",
              actions: [{ type: "arrive", params: ({ event }) => ({ form: event.form }) }, "followScreen", "saveState"],
            },
            {
              target: "active.asking",
              actions: [{ type: "arrive", params: ({ event }) => ({ form: event.form }) }, "followScreen", "saveState"],
            },
          ],
        },
      },
      active: {
        invoke: [{ src: "historyPops" }, { src: "storageChanges" }],
        initial: "asking",
        on: {
          "wizard.restart": { target: ".deciding", actions: ["restart", "recordStep", "saveState"] },
          "notice.dismiss": { actions: "dismissNotice" },
          "history.pop": [
            {
              guard: { type: "canOpenAddress", params: ({ event }) => ({ address: event.address }) },
              target: ".asking",
              actions: [{ type: "openAddress", params: ({ event }) => ({ address: event.address }) }, "followScreen", "saveState"],
            },
            {
              // A question no longer on the path: the address follows what is on screen.
              guard: { type: "isWizardAddress", params: ({ event }) => ({ address: event.address }) },
              actions: [{ type: "noteAddress", params: ({ event }) => ({ address: event.address }) }, "followScreen"],
            },
          ],
        },
        states: {
          /** Where a new answer (or starting over) leads: the next question, or the result page once the result is settled. */
          deciding: {
            always: [
              {
                guard: "isSettled",
                target: "result",
                actions: { type: "showResult", params: ({ context }) => ({ href: resultHref(context.answers, context.compare) }) },
              },
              { target: "asking" },
            ],
          },
          asking: {
            on: {
              "answer.select": {
                guard: { type: "isSelectable", params: ({ event }) => ({ value: event.value }) },
                actions: [{ type: "selectDraft", params: ({ event }) => ({ value: event.value }) }, "saveState"],
              },
              "answer.submit": {
                guard: "hasDraft",
                target: "deciding",
                actions: ["submitDraft", "recordStep", "saveState"],
              },
              "wizard.back": { guard: "canGoBack", actions: ["goBack", "recordStep", "saveState"] },
              // The other tab saved; this one takes the answers in without saving them back, so two
              // tabs never wake each other up in turn.
              "storage.change": {
                guard: { type: "isIntact", params: ({ event }) => ({ stored: event.stored }) },
                actions: [{ type: "adoptStored", params: ({ event }) => ({ stored: event.stored }) }, "followScreen"],
              },
            },
          },
          /** Settled: "Your answers point to ...", while the result page loads or after arriving at a finished wizard. */
          result: {
            on: {
              "wizard.back": {
                guard: "canGoBack",
                target: "asking",
                actions: ["goBack", "recordStep", "saveState"],
              },
            },
          },
        },
      },
    },
  });
