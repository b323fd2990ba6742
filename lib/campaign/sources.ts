// The sources the site's facts come from (see the campaign's facts sheet). Their names
// and descriptions are in messages under "Sources"; the founding letter has no address
// we can link to, so it is cited by title and publisher.
export const SOURCES = {
  letter: undefined,
  coeConvention: "https://www.coe.int/en/web/cybercrime/the-budapest-convention",
  coeTreatyChart: "https://www.coe.int/en/web/conventions/full-list?module=treaty-detail&treatynum=185",
  kenyaNc4: "https://nc4.go.ke/budapest-convention-on-cybercrime",
} as const satisfies Record<string, string | undefined>;

export type SourceId = keyof typeof SOURCES;
