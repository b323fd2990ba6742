// A form body as a browser without JavaScript posts it (multipart/form-data).

export function multipartBody(fields: [string, string][], boundary: string): string {
  return (
    fields
      .map(
        ([name, value]) =>
          `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      )
      .join("") + `--${boundary}--\r\n`
  );
}
