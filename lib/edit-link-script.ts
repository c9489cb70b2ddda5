// The first script of every page, inline in <head> (app/layout.tsx): if the address is a private
// edit link (<plan page>#edit=<token>), it takes the fragment out of the address bar and out of
// the history entry before anything paints, and leaves the token, with the page it came to, in
// this tab's sessionStorage for browser/edit-link.ts. Plain ES5 and no imports: it runs before any
// bundle. The same text on every page, so prerendered pages allow it by its hash like their other
// inline scripts (scripts/csp-hashes.ts), and pages rendered per request by the not-found page's.
import { EDIT_FRAGMENT } from "./addresses";

export const EDIT_LINK_KEY = "onepath.edit-link";

export const EDIT_LINK_SCRIPT = `(function(){var h=location.hash;if(h.indexOf(${JSON.stringify(EDIT_FRAGMENT)})!==0)return;try{sessionStorage.setItem(${JSON.stringify(EDIT_LINK_KEY)},JSON.stringify({path:location.pathname,token:h.slice(${EDIT_FRAGMENT.length})}))}catch(e){}history.replaceState(history.state,"",location.pathname+location.search)})()`;
