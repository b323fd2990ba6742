import { renderSocialImage, socialImageMetadata } from "@/components/campaign/social-image";

export const revalidate = 60;

export function generateImageMetadata({ params }: { params: { locale: string } }) {
  return socialImageMetadata(params.locale);
}

export default async function TwitterImage({ params }: { params: Promise<{ locale: string }> }) {
  return renderSocialImage((await params).locale);
}
