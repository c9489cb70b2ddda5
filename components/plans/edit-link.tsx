"use client";
// The owner's private edit link, made on request: the plan's address with a token in its fragment
// that works once (the device that opens it trades it for a token of its own, so a link left in a
// chat or a browser's history stops working), as a QR code for a phone and as text to copy, under a
// plain warning. The server writes the link (the edit-link command, from the site's public
// origin); the QR code is drawn here, from the qrcode package loaded only when the link is shown,
// so the link is never sent anywhere to be drawn and the plan page's first load does not carry the
// package.
import { Suspense, use, useId, useState } from "react";
import { copy } from "@/data/copy";
import type { EditLinkResponse } from "@/lib/api-contract";
import { failureMessage } from "@/lib/api-result";
import { Button } from "@/components/ui/button";
import { qrPath } from "./qr-path";
import { usePending, useReply } from "./saved-plan";

// The quiet zone a QR code needs around it, in modules.
const QUIET = 4;
// Dark on white in either theme: that is what cameras read.
const box = "size-44 shrink-0 rounded-lg bg-white sm:size-48";

type Drawn = { size: number; d: string } | "failed";

// The drawing of the link on screen, kept so that every render reads the same promise (use() needs
// that); a new link draws anew. It never rejects: a failure is drawn as "failed".
let drawing: { text: string; drawn: Promise<Drawn> } | null = null;
function draw(text: string): Promise<Drawn> {
  if (drawing?.text !== text) {
    const drawn = import("qrcode")
      .then(({ create }): Drawn => {
        const { modules } = create(text, { errorCorrectionLevel: "M" });
        return { size: modules.size, d: qrPath(modules) };
      })
      .catch((): Drawn => "failed");
    drawing = { text, drawn };
  }
  return drawing.drawn;
}

function QrDrawing({ text, label }: { text: string; label: string }) {
  const drawn = use(draw(text));
  if (drawn === "failed") return <p className="text-sm">{copy.editLinkPanel.qrFailed}</p>;
  const side = drawn.size + 2 * QUIET;
  return (
    <svg role="img" aria-label={label} viewBox={`${-QUIET} ${-QUIET} ${side} ${side}`} shapeRendering="crispEdges" className={box}>
      <rect x={-QUIET} y={-QUIET} width={side} height={side} fill="#fff" />
      <path d={drawn.d} fill="#000" />
    </svg>
  );
}

/** The QR code, drawn once the qrcode package has loaded; until then an empty white square of its size. */
const QrCode = (props: { text: string; label: string }) => (
  <Suspense fallback={<div className={box} />}>
    <QrDrawing {...props} />
  </Suspense>
);

type Props = {
  /** the element's id, for the button that shows it */
  id: string;
};

/** Shown once the owner has asked for a link (the owner panel sends the edit-link command). */
export function EditLinkPanel({ id }: Props) {
  const field = useId();
  const [message, setMessage] = useState<string | null>(null);
  const making = usePending("edit-link");
  const reply = useReply("edit-link");
  if (making || !reply)
    return (
      <p className="mt-4 text-sm" role="status">
        {copy.editLink.making}
      </p>
    );
  if (reply.failure)
    return (
      <p className="mt-4 text-sm font-semibold" role="status">
        {failureMessage(reply.failure, "make an edit link")}
      </p>
    );
  const link = (reply.data as EditLinkResponse).url;

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(link);
      setMessage(copy.editLinkPanel.copied);
    } catch {
      setMessage(copy.editLinkPanel.copyFailed);
    }
  }

  return (
    <section
      id={id}
      aria-labelledby={`${field}-heading`}
      className="mt-4 grid gap-3 rounded-xl border-2 border-warning bg-warning-soft p-4 text-ink"
    >
      <h3 id={`${field}-heading`} className="font-semibold">
        Your private edit link
      </h3>
      <p>
        <strong>{copy.editLinkPanel.warning}</strong> {copy.editLinkPanel.works}
      </p>
      <div className="flex flex-wrap items-start gap-4">
        <QrCode text={link} label="QR code of your private edit link" />
        <div className="grid min-w-0 flex-1 basis-56 gap-2">
          <p className="text-sm">{copy.editLinkPanel.scan}</p>
          <label htmlFor={field} className="text-sm font-semibold">
            Private edit link
          </label>
          <input
            id={field}
            readOnly
            value={link}
            onFocus={(e) => e.currentTarget.select()}
            className="min-h-11 w-full rounded-lg border border-line-strong bg-surface px-3 font-mono text-sm text-ink"
          />
          <div>
            <Button variant="secondary" onClick={() => void copyLink()}>
              Copy edit link
            </Button>
          </div>
          <p role="status" className="min-h-6 text-sm">
            {message}
          </p>
        </div>
      </div>
    </section>
  );
}
