// The first script of every page, inline in <head> (app/layout.tsx): if the address is a private
// edit link (<plan page>#edit=<token>), it takes the fragment out of the address bar and out of
// the history entry before anything paints, and leaves the token, with the page it came to, in
// this tab's sessionStorage for browser/edit-link.ts. An edit link opened on the page it points to
// changes only the fragment, which loads nothing: the script does the same then, and loads the
// page again so the link is checked. Plain ES5 and no imports: it runs before any
// bundle. The same text on every page, so prerendered pages allow it by its hash like their other
// inline scripts (scripts/csp-hashes.ts), and pages rendered per request by the not-found page's.
import { EDIT_FRAGMENT } from "./addresses";

export const EDIT_LINK_KEY = "onepath.edit-link";

export const EDIT_LINK_SCRIPT = `(function(){function t(){var h=location.hash;if(h.indexOf(${JSON.stringify(EDIT_FRAGMENT)})!==0)return!1;try{sessionStorage.setItem(${JSON.stringify(EDIT_LINK_KEY)},JSON.stringify({path:location.pathname,token:h.slice(${EDIT_FRAGMENT.length})}))}catch(e){}history.replaceState(history.state,"",location.pathname+location.search);return!0}t();addEventListener("hashchange",function(){t()&&location.reload()})})()`;
