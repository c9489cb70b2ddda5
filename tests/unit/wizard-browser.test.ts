// The wizard's session in a browser, simulated in Node (tests/fixtures/wizard-browser.ts): where it
// arrives, and the races the end-to-end tests once found there: a choice made before the script
// ran, a reload at any step, Back and Forward, two tabs, and saved state that is corrupt or old.
import { describe, expect, it } from "vitest";
import type { Answers } from "@/data/answers";
import { CATALOG_VERSION, getQuestion } from "@/data/catalog";
import type { QuestionId } from "@/data/ids";
import { copy } from "@/data/copy";
import { answersToSearch } from "@/lib/answers-url";
import { nextQuestion } from "@/lib/next-question";
import { replay } from "@/lib/wizard-path";
import { resultHref, wizardHref } from "@/lib/addresses";
import { serialize, STORAGE_VERSION } from "@/machines/wizard-persistence";
import { arrival } from "@/machines/wizard-start";
import { addressOf, FRESH, settle, type Draft, type WizardState } from "@/machines/wizard-steps";
import { personas } from "../fixtures/personas";
import { Browser, serverPage, type Tab } from "../fixtures/wizard-browser";

const FIRST = nextQuestion({})!;
const seller = personas[3]!;
const consultant = personas[1]!;

/** The answers on a person's path up to (not including) their nth question, and that question. */
function partWay(profile: Required<Answers>, n: number): { answers: Answers; question: QuestionId } {
  const answers: Answers = {};
  for (let i = 0; i < n; i++) {
    const question = nextQuestion(answers)!;
    Object.assign(answers, { [question]: profile[question] });
  }
  return { answers, question: nextQuestion(answers)! };
}

/** An answer to the question other than this one (for the multi-select question, another list). */
function otherAnswer(question: QuestionId, answer: unknown): Draft {
  const { multiple, options } = getQuestion(question);
  if (multiple) return Array.isArray(answer) && answer.length === 0 ? [options[0]!.id] : [];
  return options.find((o) => o.id !== answer)!.id;
}

/** Where a tab arrives at an address, with this browser's storage. */
const arriveAt = (address: string, stored: string | null) => {
  const { page, compare } = serverPage(address);
  return arrival(page, compare, address, stored);
};

const screen = ({ answers, current, draft, notice }: WizardState) => ({ answers, current, draft, notice });

/** A person answering in a tab: picks their answer to the question on screen and continues. */
function answer(tab: Tab, profile: Required<Answers>) {
  tab.send({ type: "answer.select", value: profile[tab.state.current!] });
  tab.send({ type: "answer.submit" });
}

describe("arrival: which start wins when the script takes over", () => {
  const third = partWay(consultant.answers, 2);
  const savedAtThird = serialize({ ...settle(third.answers), draft: consultant.answers[third.question] });

  it("a bare /wizard starts fresh when nothing was saved, and resumes what was", () => {
    expect(screen(arriveAt("/wizard", null).state)).toEqual(screen(FRESH));
    expect(arriveAt("/wizard", savedAtThird).state).toMatchObject({
      answers: third.answers,
      current: third.question,
      draft: consultant.answers[third.question],
    });
  });

  it("a bare /wizard shows a finished wizard's summary at its answers' address, and stays there", () => {
    const browser = new Browser();
    const done = browser.open();
    while (!done.result) answer(done, consultant.answers);
    const again = browser.open();
    expect(again.state).toMatchObject({ answers: done.state.answers, current: null });
    expect(again.snapshot.matches({ active: "result" })).toBe(true);
    expect(again.result).toBeNull();
    expect(again.address).toBe(wizardHref(done.state.answers, null));
    again.send({ type: "wizard.back" });
    expect(again.state).toMatchObject({ current: done.state.path.asked.at(-1), notice: null });
  });

  it.each([
    ["not JSON", "{oops", copy.restoreFailed, {}],
    ["an unknown shape", JSON.stringify({ hello: "world" }), copy.restoreFailed, {}],
    ["a state name that no longer exists", JSON.stringify({ ...JSON.parse(savedAtThird), state: "reviewing" }), copy.restoreFailed, {}],
    ["an older storage version", JSON.stringify({ version: 1, answers: third.answers }), copy.restoreMigrated, third.answers],
    ["an older catalog", JSON.stringify({ ...JSON.parse(savedAtThird), catalog: "1999-01-01" }), copy.restoreMigrated, third.answers],
  ])("a bare /wizard with %s saved keeps what still applies and says so", (_, stored, notice, answers) => {
    expect(arriveAt("/wizard", stored).state).toMatchObject({ answers, notice });
  });

  it("an address that says start over, or cannot be read, starts fresh whatever was saved, and says so", () => {
    expect(arriveAt("/wizard?restart=1", savedAtThird).state).toMatchObject({ answers: {}, current: FIRST, notice: copy.restarted });
    expect(arriveAt("/wizard?employer=astronaut", savedAtThird).state).toMatchObject({ answers: {}, notice: copy.unreadableLink });
  });

  it("an address with answers opens at its question, with everything saved that holds those answers", () => {
    const second = partWay(consultant.answers, 1);
    // Back from the result, or a reload at an earlier question: the saved wizard has more answers.
    expect(arriveAt(wizardHref(second.answers, null), savedAtThird).state).toMatchObject({
      answers: third.answers,
      current: second.question,
      draft: consultant.answers[second.question],
    });
    // Saved answers that disagree with the address: the address wins, and nothing saved leaks in.
    const other = serialize(settle({ [FIRST]: otherAnswer(FIRST, consultant.answers[FIRST]) }));
    expect(arriveAt(wizardHref(second.answers, null), other).state).toMatchObject({
      answers: second.answers,
      current: second.question,
      draft: null,
    });
    expect(arriveAt(wizardHref(second.answers, null), "{oops").state).toMatchObject({ answers: second.answers, notice: null });
  });

  it("follows the address even when the page was rendered for another one", () => {
    // The wizard writes its own addresses into history, so Back can show the prerendered /wizard at /wizard?<answers>.
    const second = partWay(consultant.answers, 1);
    const { state } = arrival(FRESH, null, wizardHref(second.answers, null), null);
    expect(state).toMatchObject({ answers: second.answers, current: second.question });
  });

  it("keeps a re-run's comparison from the address", () => {
    expect(arriveAt("/wizard?compare=abc", null).compare).toBe("abc");
    expect(arrival(FRESH, "from-page", "/wizard", null).compare).toBe("from-page");
  });
});

describe("a choice made in the page's form before the script ran", () => {
  const atNetworking = wizardHref(seller.answers, "networking");
  /** The question's form as the person left it, as the form would send it (hidden fields and all). */
  function formWith(page: WizardState, choice: Draft): string {
    const { [page.current!]: _onScreen, ...others } = page.answers;
    const fields = new URLSearchParams(answersToSearch(others));
    if (Array.isArray(choice)) for (const v of ["", ...choice]) fields.append(page.current!, v);
    else fields.append(page.current!, choice);
    return fields.toString();
  }

  it("is the selection when the script takes over, and the answer Continue sends", () => {
    expect(seller.answers.networking).toBe("high");
    const tab = new Browser().open(atNetworking, (page) => formWith(page, "low"));
    expect(tab.state).toMatchObject({ current: "networking", draft: "low" });
    tab.send({ type: "answer.submit" });
    expect(tab.result ?? tab.address).toContain("networking=low");
  });

  it("counts for the multi-select question too, and changes nothing when the form is as rendered", () => {
    const { answers } = replay(consultant.answers);
    const atConstraints = wizardHref(answers, "constraints");
    const ticked = ["needs-visa", "no-bachelors"];
    expect(new Browser().open(atConstraints, (page) => formWith(page, ticked)).state.draft).toEqual(ticked);
    expect(new Browser().open(atConstraints, (page) => formWith(page, page.draft!)).state.draft).toEqual(consultant.answers.constraints);
  });

  it("is dropped when the wizard resumes elsewhere, since it answered another question", () => {
    const browser = new Browser();
    const first = browser.open();
    answer(first, consultant.answers);
    first.close();
    const tab = browser.open("/wizard", (page) => formWith(page, getQuestion(FIRST).options[0]!.id));
    expect(tab.state.current).not.toBe(FIRST);
    expect(tab.state.answers[FIRST]).toBe(consultant.answers[FIRST]);
  });
});

describe("reload", () => {
  it.each(personas.slice(0, 4))("at any step of $name shows the same question, answers and selection", ({ answers }) => {
    const tab = new Browser().open();
    for (let i = 0; !tab.result && i < 20; i++) {
      tab.send({ type: "answer.select", value: answers[tab.state.current!] });
      const before = { address: tab.address, screen: screen(tab.state) };
      tab.reload();
      expect({ address: tab.address, screen: screen(tab.state) }).toEqual({ ...before, screen: { ...before.screen, notice: null } });
      if (i === 2) {
        // And after going back a question.
        tab.send({ type: "wizard.back" });
        const back = screen(tab.state);
        tab.reload();
        expect(screen(tab.state)).toEqual(back);
        tab.send({ type: "answer.submit" });
      }
      tab.send({ type: "answer.submit" });
    }
    expect(tab.result).toBe(resultHref(tab.state.answers));
  });
});

describe("Back and Forward", () => {
  it("walk the questions with their answers, and Back from the result returns to the last one", () => {
    const tab = new Browser().open();
    const shown: QuestionId[] = [];
    while (!tab.result) {
      shown.push(tab.state.current!);
      answer(tab, consultant.answers);
    }
    const { answers } = tab.state;
    tab.back();
    expect(tab.result).toBeNull();
    expect(tab.state).toMatchObject({ answers, current: shown.at(-1), draft: answers[shown.at(-1)!] });
    for (const question of shown.slice(0, -1).reverse()) {
      tab.back();
      expect(tab.state).toMatchObject({ answers, current: question, draft: answers[question] });
      expect(tab.address).toBe(addressOf(tab.state, null));
    }
    for (const question of shown.slice(1)) {
      tab.forward();
      expect(tab.state).toMatchObject({ answers, current: question });
    }
    tab.forward();
    expect(tab.result).toBe(resultHref(answers));
  });

  it("to a question no longer on the path stays on a question that is, and the address says which", () => {
    const tab = new Browser().open();
    while (!tab.result) answer(tab, consultant.answers);
    tab.back();
    // Change the deadline so that funding a degree no longer matters, then go Back to its entry.
    tab.send({ type: "history.pop", address: wizardHref(tab.state.answers, "deadline") });
    tab.send({ type: "answer.select", value: "3-12-months" });
    tab.send({ type: "answer.submit" });
    expect(tab.state.answers.funding).toBeUndefined();
    const screenBefore = screen(tab.state);
    tab.send({ type: "history.pop", address: wizardHref(consultant.answers, "funding") });
    expect(screen(tab.state)).toEqual(screenBefore);
    expect(tab.address).toBe(addressOf(tab.state, null));
  });
});

describe("two tabs", () => {
  it("a second tab opens where the first one is", () => {
    const browser = new Browser();
    const first = browser.open();
    answer(first, consultant.answers);
    const second = browser.open();
    expect(screen(second.state)).toEqual(screen(first.state));
  });

  it("each keeps its own question, takes in the other's answers, and they never wake each other up in turn", () => {
    const browser = new Browser();
    const a = browser.open();
    answer(a, consultant.answers);
    answer(a, consultant.answers);
    const b = browser.open();
    b.send({ type: "wizard.back" }); // B on the second question, A on the third
    const aQuestion = a.state.current;
    browser.deliver();
    expect(a.state.current).toBe(aQuestion);

    // B changes its answer to the second question; A sees the new answer, on its own question if still on the path.
    const second = b.state.current!;
    const changed = otherAnswer(second, consultant.answers[second]);
    b.send({ type: "answer.select", value: changed });
    b.send({ type: "answer.submit" });
    const writes = browser.writes;
    expect(browser.deliver()).toBe(2); // B's selection, then its answer
    expect(browser.writes).toBe(writes); // taking them in writes nothing back
    expect(a.state.answers[second]).toEqual(changed);
    expect(a.state.path).toEqual(replay(a.state.answers));
    expect(a.address).toBe(addressOf(a.state, null));

    // A answers next: what is saved holds both tabs' answers, not A's stale ones.
    answer(a, { ...consultant.answers, ...a.state.answers });
    browser.deliver();
    expect((JSON.parse(browser.storage!) as { context: { answers: Answers } }).context.answers[second]).toEqual(changed);
    expect(b.state.answers).toEqual(a.state.answers);
  });

  it("a selection in the other tab on the same question shows here; one on another question leaves this one's alone", () => {
    const browser = new Browser();
    const a = browser.open();
    const b = browser.open();
    const [one, two] = getQuestion(FIRST).options.map((o) => o.id);
    a.send({ type: "answer.select", value: one! });
    browser.deliver();
    expect(b.state.draft).toBe(one);
    b.send({ type: "answer.select", value: two! });
    browser.deliver();
    expect(a.state.draft).toBe(two);
    a.send({ type: "answer.submit" });
    browser.deliver();
    // B stays on the first question, now answered; a selection on A's next question leaves B's alone.
    expect(b.state).toMatchObject({ current: FIRST, draft: two, answers: { [FIRST]: two } });
    a.send({ type: "answer.select", value: consultant.answers[a.state.current!] });
    browser.deliver();
    expect(b.state.draft).toBe(two);
  });

  it("moves on when the other tab's change takes this tab's question off the path", () => {
    const browser = new Browser();
    const a = browser.open();
    while (a.state.current !== "funding") answer(a, consultant.answers);
    const b = browser.open();
    b.send({ type: "history.pop", address: wizardHref(b.state.answers, "deadline") });
    b.send({ type: "answer.select", value: "3-12-months" });
    b.send({ type: "answer.submit" });
    browser.deliver();
    expect(a.state.current).not.toBe("funding");
    expect(a.state.current).toBe(a.state.path.next ?? a.state.path.asked.at(-1));
  });

  it("ignores what it cannot use: garbage, a cleared storage, another catalog's state", () => {
    const tab = new Browser().open();
    answer(tab, consultant.answers);
    const before = screen(tab.state);
    const otherCatalog = JSON.stringify({ ...JSON.parse(serialize(FRESH)), catalog: "1999-01-01", version: STORAGE_VERSION });
    for (const stored of ["{oops", null, otherCatalog]) {
      tab.send({ type: "storage.change", stored });
      expect(screen(tab.state)).toEqual(before);
    }
    expect(CATALOG_VERSION).not.toBe("1999-01-01");
  });
});
