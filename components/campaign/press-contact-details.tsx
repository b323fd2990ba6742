import type { CampaignSettings } from "@/lib/settings/schema";

type PressContact = NonNullable<CampaignSettings["pressContact"]>;

/** Name, email and phone of the press contact, each one a link a phone can act on. */
export function PressContactDetails({ contact }: { contact: PressContact }) {
  return (
    <p>
      {contact.name}
      <br />
      <a href={`mailto:${contact.email}`}>{contact.email}</a>
      {contact.phone && (
        <>
          <br />
          {/* tel: links take digits and a leading + only. */}
          <a href={`tel:${contact.phone.replace(/[^+\d]/g, "")}`}>{contact.phone}</a>
        </>
      )}
    </p>
  );
}
