// POST /api/wizard/next { answers }: the next question to ask (null once the route is decided)
// and the routes the answers so far rule out, each with its reason.
import { WizardNextBody, apiWizardNext } from "@/lib/api-shape";
import { json, jsonPost } from "@/server/http";

export const POST = jsonPost(WizardNextBody, ({ answers }) => json(apiWizardNext(answers)));
