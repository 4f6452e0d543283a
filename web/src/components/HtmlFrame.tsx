interface HtmlFrameProps {
  /** The document's accessible name. */
  title: string;
  html: string;
  /** The iframe sandbox; "" (the default) allows nothing: no script, no navigation. */
  sandbox?: string;
  height?: number;
}

/** Shows email HTML isolated from the app in a sandboxed frame. */
export function HtmlFrame({ title, html, sandbox = '', height = 360 }: HtmlFrameProps) {
  return (
    <iframe
      title={title}
      sandbox={sandbox}
      srcDoc={html}
      style={{
        width: '100%',
        height,
        border: '1px solid var(--mantine-color-default-border)',
        borderRadius: 'var(--mantine-radius-md)',
        background: 'white',
        resize: 'vertical',
      }}
    />
  );
}

/** Makes every link in an email document open in a new tab (the frame cannot navigate itself). */
export function withLinksInNewTab(html: string): string {
  const base = '<base target="_blank">';
  const head = /<head[^>]*>/i.exec(html);
  if (head) return html.replace(head[0], `${head[0]}${base}`);
  return `${base}${html}`;
}
