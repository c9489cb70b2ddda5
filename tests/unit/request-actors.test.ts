// The browser hands a machine its requests as plain async functions (browser/ never imports
// xstate); machines/requests.ts makes each the promise actor the machine names.
import { createActor, toPromise } from "xstate";
import { describe, expect, it } from "vitest";
import { requestActors } from "@/machines/requests";

describe("requestActors", () => {
  it("makes each request an actor that is given the actor's input and ends with the request's answer", async () => {
    const asked: unknown[] = [];
    const actors = requestActors({
      load: (input: { id: string }) => (asked.push(input), Promise.resolve(`plan ${input.id}`)),
      remove: () => Promise.reject(new Error("offline")),
    });
    expect(Object.keys(actors)).toEqual(["load", "remove"]);
    expect(await toPromise(createActor(actors.load, { input: { id: "AbCd" } }).start())).toBe("plan AbCd");
    expect(asked).toEqual([{ id: "AbCd" }]);
    await expect(toPromise(createActor(actors.remove, { input: undefined as never }).start())).rejects.toThrow("offline");
  });
});
