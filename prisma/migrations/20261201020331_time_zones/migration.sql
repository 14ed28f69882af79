-- Each project and each event gets its own IANA time zone instead of the one TZ_DISPLAY that
-- the whole installation used (docs/decisions/029-event-time-zones.md). Stored instants do not
-- change: only the zone in which they are typed and shown.

-- Projects: Europe/Riga, the zone TZ_DISPLAY defaulted to (an installation that set another
-- one changes it in the settings of each project).
ALTER TABLE "Project" ADD COLUMN "timeZone" TEXT;
UPDATE "Project" SET "timeZone" = 'Europe/Riga';
ALTER TABLE "Project" ALTER COLUMN "timeZone" SET NOT NULL;

-- Events: the zone of the country of the host partner (the zone of its capital, by the same map as
-- app/utils/time-zones.ts), else that of the project.
ALTER TABLE "Event" ADD COLUMN "timeZone" TEXT;
UPDATE "Event" e
SET "timeZone" = CASE upper(p."country")
    WHEN 'AT' THEN 'Europe/Vienna' WHEN 'BE' THEN 'Europe/Brussels' WHEN 'BG' THEN 'Europe/Sofia'
    WHEN 'CY' THEN 'Asia/Nicosia' WHEN 'CZ' THEN 'Europe/Prague' WHEN 'DE' THEN 'Europe/Berlin'
    WHEN 'DK' THEN 'Europe/Copenhagen' WHEN 'EE' THEN 'Europe/Tallinn' WHEN 'ES' THEN 'Europe/Madrid'
    WHEN 'FI' THEN 'Europe/Helsinki' WHEN 'FR' THEN 'Europe/Paris' WHEN 'GR' THEN 'Europe/Athens'
    WHEN 'HR' THEN 'Europe/Zagreb' WHEN 'HU' THEN 'Europe/Budapest' WHEN 'IE' THEN 'Europe/Dublin'
    WHEN 'IT' THEN 'Europe/Rome' WHEN 'LT' THEN 'Europe/Vilnius' WHEN 'LU' THEN 'Europe/Luxembourg'
    WHEN 'LV' THEN 'Europe/Riga' WHEN 'MT' THEN 'Europe/Malta' WHEN 'NL' THEN 'Europe/Amsterdam'
    WHEN 'PL' THEN 'Europe/Warsaw' WHEN 'PT' THEN 'Europe/Lisbon' WHEN 'RO' THEN 'Europe/Bucharest'
    WHEN 'SE' THEN 'Europe/Stockholm' WHEN 'SI' THEN 'Europe/Ljubljana' WHEN 'SK' THEN 'Europe/Bratislava'
    WHEN 'AD' THEN 'Europe/Andorra' WHEN 'AL' THEN 'Europe/Tirane' WHEN 'AM' THEN 'Asia/Yerevan'
    WHEN 'AZ' THEN 'Asia/Baku' WHEN 'BA' THEN 'Europe/Sarajevo' WHEN 'BY' THEN 'Europe/Minsk'
    WHEN 'CH' THEN 'Europe/Zurich' WHEN 'GE' THEN 'Asia/Tbilisi' WHEN 'GB' THEN 'Europe/London'
    WHEN 'GI' THEN 'Europe/Gibraltar' WHEN 'IS' THEN 'Atlantic/Reykjavik' WHEN 'LI' THEN 'Europe/Vaduz'
    WHEN 'MC' THEN 'Europe/Monaco' WHEN 'MD' THEN 'Europe/Chisinau' WHEN 'ME' THEN 'Europe/Podgorica'
    WHEN 'MK' THEN 'Europe/Skopje' WHEN 'NO' THEN 'Europe/Oslo' WHEN 'RS' THEN 'Europe/Belgrade'
    WHEN 'RU' THEN 'Europe/Moscow' WHEN 'SM' THEN 'Europe/San_Marino' WHEN 'TR' THEN 'Europe/Istanbul'
    WHEN 'UA' THEN 'Europe/Kiev' WHEN 'VA' THEN 'Europe/Vatican'
  END
FROM "Partner" p
WHERE p."id" = e."hostPartnerId";
UPDATE "Event" e
SET "timeZone" = pr."timeZone"
FROM "Project" pr
WHERE pr."id" = e."projectId" AND e."timeZone" IS NULL;
ALTER TABLE "Event" ALTER COLUMN "timeZone" SET NOT NULL;
