import { defineMessages } from '../../platform/i18n/messages.ts';

/** The country profiles' messages in the six languages. */
export const text = defineMessages('profiles', {
  en: {
    unknown_area: 'Unknown area {{code}}',
    unknown_area_field: 'unknown area',
    not_a_country: '{{code}} is not a country; profiles are per country',
    not_a_country_hint: 'GET /api/indicators?area=… computes indicators for regions and income groups',
  } as const,
  fr: {
    unknown_area: 'Zone inconnue : {{code}}',
    unknown_area_field: 'zone inconnue',
    not_a_country: '{{code}} n’est pas un pays ; les profils sont établis par pays',
    not_a_country_hint:
      'GET /api/indicators?area=… calcule les indicateurs des régions et des groupes de revenu',
  },
  es: {
    unknown_area: 'Zona desconocida: {{code}}',
    unknown_area_field: 'zona desconocida',
    not_a_country: '{{code}} no es un país; los perfiles son por país',
    not_a_country_hint: 'GET /api/indicators?area=… calcula los indicadores de regiones y grupos de ingresos',
  },
  ar: {
    unknown_area: 'منطقة غير معروفة: {{code}}',
    unknown_area_field: 'منطقة غير معروفة',
    not_a_country: '{{code}} ليس بلدًا؛ الملامح القطرية تُعدّ لكل بلد على حدة',
    not_a_country_hint: 'يحسب GET /api/indicators?area=… المؤشرات للأقاليم وفئات الدخل',
  },
  ru: {
    unknown_area: 'Неизвестная территория: {{code}}',
    unknown_area_field: 'неизвестная территория',
    not_a_country: '{{code}} не является страной; профили составляются по странам',
    not_a_country_hint:
      'GET /api/indicators?area=… рассчитывает показатели для регионов и групп по уровню дохода',
  },
  zh: {
    unknown_area: '未知地区：{{code}}',
    unknown_area_field: '未知地区',
    not_a_country: '{{code}} 不是国家；概况按国家编制',
    not_a_country_hint: 'GET /api/indicators?area=… 可计算区域和收入组的指标',
  },
});
