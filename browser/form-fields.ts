// What a form holds right now, as the query string it would send: a server-rendered form can be
// filled in before the page's script runs, and the script reads this to take over from it.
export function formFields(form: HTMLFormElement | null | undefined): string | null {
  if (!form) return null;
  const fields = [...new FormData(form)].map(([name, value]) => [name, typeof value === "string" ? value : value.name]);
  return new URLSearchParams(fields).toString();
}
