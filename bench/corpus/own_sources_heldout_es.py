"""Public Spanish pages followed by the HELD-OUT-ES part of our own corpus (key -> title,
address).  Helpers writing reading rules must not read this module (see README.md).

No text was copied verbatim: wording and layout were adapted, people and companies invented.
"""

from __future__ import annotations

HELDOUT_ES_SOURCES = {
    "he_fundacionahava": (
        "¿Qué son los infusores? (perfusión continua a través de reservorio o PICC) - "
        "Fundación AHAVA",
        "https://fundacionahava.org/2025/12/07/que-son-los-infusores",
    ),
    "he_vhebron_guia": (
        "Guía de administración domiciliaria de antibióticos intravenosos en pediatría - "
        "Hospital Universitario Vall d'Hebron",
        "https://issuu.com/vhebron/docs/guia_antibiotics_esp",
    ),
    "he_ejemploswiki_responsiva": (
        "Qué es una carta responsiva médica (documento emitido por el médico para una "
        "aseguradora) - EjemplosWiki",
        "https://ejemploswiki.com/?p=661324",
    ),
    "he_abn_medicaregov": (
        "Notificación previa para beneficiarios de no cobertura (ABN): opciones 1, 2 y 3 - "
        "Medicare.gov en español",
        "https://es.medicare.gov/claims-appeals/your-medicare-rights/"
        "advance-beneficiary-notice-of-noncoverage",
    ),
    "he_trendsx_msn": (
        "¿Qué es el resumen de Medicare? (MSN: servicios facturados, lo que pagó Medicare, lo "
        "que puede deber) - trendsx",
        "https://trendsx.bio/trend/408672-qu-es-el-resumen-de-medicare",
    ),
    "he_aarp_partd": (
        "¿Por qué mi plan de la Parte D deniega la cobertura de un medicamento? (autorización "
        "previa, Parte B o Parte D) - AARP en español",
        "https://www.aarp.org/espanol/salud/medicare-preguntas-respuestas/"
        "por-que-deniegan-cobertura-medicamento/",
    ),
    "he_cms10146s": (
        "Aviso de denegación de la cobertura de medicamentos de la Parte D de Medicare "
        "(CMS-10146-S, OMB 0938-0976) - omb.report",
        "https://omb.report/icr/202409-0938-015/doc/148176401",
    ),
    "he_lexsemplice": (
        "¿Cómo presento una apelación interna ante mi compañía de seguro médico? - LexSemplice",
        "https://lexsemplice.com/faq/how-do-i-file-an-internal-appeal-with-my-health-"
        "insurance-company-after-they-deny-a-claim-for-medica?lang=es",
    ),
    "he_arthritis_gov": (
        "Proceso de apelaciones: planes financiados por el Gobierno (Medicare, redeterminación, "
        "MSN) - Arthritis Foundation en español",
        "https://espanol.arthritis.org/health-wellness/treatment/insurance-management/toolkit/"
        "appeals-process-government-funded-plans",
    ),
    "he_hfcolorado": (
        "Cómo apelar una decisión sobre la cobertura de salud o los beneficios (Aviso de "
        "acción, audiencia imparcial estatal) - Health First Colorado",
        "https://www.healthfirstcolorado.com/es/apelaciones/",
    ),
    "he_drc_medical": (
        "Atención administrada de Medi-Cal: apelaciones y quejas (resolución de la apelación, "
        "continuación de servicios) - Disability Rights California",
        "https://www.disabilityrightsca.org/es/publications/"
        "atencion-administrada-de-medi-cal-apelaciones-y-quejas",
    ),
    "he_411answers": (
        "¿Qué poblaciones sirven las clínicas de infusión? (farmacia de infusión en el hogar, "
        "enfermería) - 411answers en español",
        "https://es.411answers.com/a/que-poblaciones-sirven-las-clinicas-de-infusion.html",
    ),
    "he_aarp_eob": (
        "Cómo leer tu explicación de beneficios del seguro de salud - AARP en español",
        "https://www.aarp.org/espanol/dinero/creditos-y-deuda/info-2019/"
        "como-leer-tu-explicacion-beneficios-seguro-de-salud.html",
    ),
    "he_hfcost_card": (
        "Tarjetas de identificación del seguro médico (información personal, tipo de plan, "
        "costos) - Health First Colorado cost lookup",
        "http://hfcostlookup.org/es/insurance-basics/your-costs/health-insurance-id-cards",
    ),
    "he_vphayuda": (
        "El seguro se niega a cubrir el tratamiento: cómo apelar y ganar - VPH Ayuda",
        "https://vphayuda.com/us/appeals-a-tu-seguro",
    ),
    "he_spiegato_library": (
        "¿Cómo obtengo una tarjeta de biblioteca? - Spiegato",
        "https://spiegato.com/es/como-obtengo-una-tarjeta-de-biblioteca",
    ),
    "he_bcra_resumen": (
        "¿Es obligatorio que los bancos envíen el resumen de cuenta solo a través de medios "
        "electrónicos? (aviso con 60 días de antelación) - Banco Central de la República "
        "Argentina",
        "https://www.bcra.gob.ar/BCRAyVos/Preg-Frec-Es-obligatorio-que-los-bancos-env%C3%ADen"
        "-el-resumen-de-cuenta-solo-a-trav%C3%A9s-de-medios-electr%C3%B3nicos.asp",
    ),
}
