// POST /api/wizard/next { answers }: the next question to ask (null once the route is decided)
// and the routes the answers so far rule out, each with its reason.
import { WizardNextBody } from "@/lib/api-contract";
import { apiWizardNext } from "@/lib/api-responses";
import { json, jsonPost } from "@/server/http";

export const POST = jsonPost(WizardNextBody, ({ answers }) => json(apiWizardNext(answers)));
