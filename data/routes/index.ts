// The seven routes into a first PM job, in the fixed tie-break order of ROUTE_IDS: copy, facts
// (with their sources in docs/domain.md) and step templates. Week ranges assume the typical pace
// of about 5 hours a week and count from the day the person starts (week 1 = first week); steps
// with a `calendar` slot get their dates from lib/calendar.ts instead.
import { internalTransfer } from "./internal-transfer";
import { masters } from "./masters";
import { networking } from "./networking";
import { nonprofit } from "./nonprofit";
import { shadowing } from "./shadowing";
import { sideProject } from "./side-project";
import { transferableResume } from "./transferable-resume";

export const routes = [internalTransfer, shadowing, networking, transferableResume, sideProject, nonprofit, masters];
