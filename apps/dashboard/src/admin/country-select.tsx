import { useTranslation } from 'react-i18next';
import { countryOptions } from '../i18n/country-names.ts';

/** A country picker with names in the UI language: the region's countries first, then the rest. */
export function CountrySelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string;
  onChange: (code: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const { region, rest } = countryOptions(i18n.language);
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)} required>
      <option value="" disabled>
        {t('administration.sites.chooseCountry')}
      </option>
      <optgroup label={t('administration.sites.region')}>
        {region.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </optgroup>
      <optgroup label={t('administration.sites.otherCountries')}>
        {rest.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </optgroup>
    </select>
  );
}
