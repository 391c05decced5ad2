"""Public Spanish pages followed by the TRAIN-ES2 part of our own corpus (key -> title, address).

No text was copied verbatim: wording and layout were adapted, people and companies invented.
"""

from __future__ import annotations

TRAIN_ES2_SOURCES = {
    "t2_vademecum_vdz": (
        "Vedolizumab: indicaciones, vía de administración y dosis (infusión intravenosa, semanas "
        "0, 2 y 6, luego cada 8 semanas) - Compendio Nacional de Insumos para la Salud, Vademécum",
        "https://www.vademecum.es/cnis/010.000.6345.00/8/vedolizumab?cc=mx",
    ),
    "t2_kipdf_vdz": (
        "Vedolizumab, Entyvio: colitis ulcerosa activa con respuesta inadecuada a tratamiento "
        "convencional o anti-TNF - kipdf",
        "https://kipdf.com/vedolizumab-entyvio-takeda_5ab2062b1723dd419ce4dda2.html",
    ),
    "t2_epnet_vdz": (
        "Inyección de vedolizumab: cómo se administra, reacciones durante la infusión - Health "
        "Library (EBSCO), en español",
        "http://healthlibrary.epnet.com/GetContent.aspx?token=c5987b1e-add7-403a-b817-"
        "b3efe6109265&chunkiid=907341",
    ),
    "t2_geteccu_cpf": (
        "Recomendaciones de GETECCU sobre la determinación de calprotectina fecal en la "
        "enfermedad inflamatoria intestinal - Gastroenterología y Hepatología (Elsevier)",
        "https://elsevier.es/es-revista-gastroenterologia-hepatologia-14-articulo-"
        "recomendaciones-del-grupo-espanol-trabajo-S0210570518301602",
    ),
    "t2_studenta_vdz_informe": (
        "Vedolizumab en EII - informe de la comisión de farmacia (solicitud, justificación) - "
        "Hospital Reina Sofía, en Studenta",
        "https://es.studenta.com/content/117455122/vedolizumab-en-eii-informe-y-farmacologia",
    ),
    "t2_scielo_capsula": (
        "Calprotectina fecal como predictor de lesiones inflamatorias (informe de endoscopia) - "
        "Revista Española de Enfermedades Digestivas, SciELO",
        "https://scielo.isciii.es/scielo.php?lng=es&nrm=iso&pid=S1130-01082015000400004"
        "&script=sci_arttext&tlng=es",
    ),
    "t2_scienceopen_tiv": (
        "Terapia intravenosa domiciliaria: aspectos técnicos (estabilidad, tiempos de infusión, "
        "dispositivos) - ScienceOpen",
        "https://www.scienceopen.com/document?vid=749764a6-48e6-48d9-af67-d3127fe9b497",
    ),
    "t2_studenta_specialty": (
        "¿Qué es lo que hace tan especial a una farmacia especializada? Manual del usuario "
        "(coseguro, copago, deducible, formulario) - Studenta",
        "https://es.studenta.com/content/132630188/specialty-pharmacy-spanish",
    ),
    "t2_healthnet_employer_pa": (
        "Autorización previa, terapia escalonada y límites de cantidad (planes de empleador) - "
        "Health Net, en español",
        "https://healthnet.com/es/members/employer/employer-medicare/"
        "prior-auth-step-therapy-quantity-limits.html",
    ),
    "t2_caremark_pa": (
        "Información sobre autorizaciones previas: preautorización por fax o teléfono - CVS "
        "Caremark en español",
        "https://espanol.caremark.com/pharmacists-medical-professionals/prior-authorization.html",
    ),
    "t2_ayudas_adversa": (
        "¿Qué es la determinación adversa de beneficios? Notificación, derecho a apelar, "
        "audiencia - AyudasMedicaid",
        "http://ayudasmedicaid.com/determinacion-adversa-de-beneficios-de-medicaid/",
    ),
    "t2_stroke_pa": (
        "Autorización previa: la farmacia llamará a su médico, documentación de medicamentos "
        "probados - American Stroke Association, en español",
        "https://stroke.org/es/life-after-stroke/recovery/managing-your-stroke/"
        "finances-insurance-and-assistance/prior-authorization",
    ),
    "t2_arthritis_pap": (
        "Compañías farmacéuticas con programas de asistencia para el pago de medicamentos "
        "(copagos) - Arthritis Foundation en español",
        "https://espanol.arthritis.org/espanol/salud-y-vida/Mejore-atencion-cobertura-defensor/"
        "ompanias-farmaceuticas-con-programas-de-asistencia-para-el-pago-de-medicamentos/",
    ),
    "t2_mercycare_pa": (
        "Autorización previa: solicitudes de rutina hasta 14 días, 14 días adicionales si "
        "necesitamos más información - Mercy Care Advantage en español",
        "https://es.mercycareaz.org/advantage/prior-authorization-referrals.html",
    ),
    "t2_ppmco_manual": (
        "Manual para miembros: bienvenido(a), 4 cosas para hacer ahora, tarjeta de "
        "identificación - Priority Partners MCO (Maryland HealthChoice), en readkong",
        "https://es.readkong.com/page/manual-para-miembros-4-cosas-para-hacer-ahora-pagina-ii-"
        "2241740",
    ),
    "t2_healthchoice_beneficios": (
        "Beneficios y servicios de HealthChoice: tabla de beneficios de las MCO (salud en el "
        "hogar, farmacia) - fdocuments",
        "https://fdocuments.ec/document/iv-beneficios-y-servicios-16-iv-beneficios-y-servicios-"
        "a-beneficios-de-healthchoice.html",
    ),
    "t2_cuidatudinero_medicaid": (
        "¿Cómo es la tarjeta de Medicaid? Número de identificación y servicios cubiertos - "
        "Cuida tu dinero",
        "https://www.cuidatudinero.com/13773503/como-es-la-tarjeta-de-medicaid",
    ),
    "t2_otaquz_pa": (
        "Requisitos de autorización previa para medicamentos: lo que debes saber (tarjeta del "
        "seguro, determinación de cobertura) - otaquz",
        "https://otaquz.net/requisitos-de-autorizacion-previa-para-medicamentos-lo-que-debes-saber",
    ),
    "t2_sfhp_eoc": (
        "Evidencia de cobertura (explicación de pagos y reclamaciones) - San Francisco Health "
        "Plan, en readkong",
        "https://es.readkong.com/page/san-francisco-health-plan-8783506",
    ),
    "t2_palmbeach_excursion": (
        "Permiso y autorización para ir de excursión (field trip permission, Spanish version) - "
        "Distrito Escolar del Condado de Palm Beach, en studylib",
        "https://studylib.es/doc/4501355/permiso-y-autorizaci%C3%B3n-para-ir-de-excursi%C3%B3n",
    ),
    "t2_dipuleon_luz": (
        "¿Qué ocurre si no pago la factura? (plazo de pago, requerimiento, corte de suministro) - "
        "Diputación de León, Consumo",
        "https://www.dipuleon.es/Ciudadanos/Consumo/Temas/Energia/Que_ocurre_si_no_pago_la_factrura",
    ),
    "t2_allianz_renovacion": (
        "¿Qué es la renovación del seguro? (prórroga de la póliza de automóvil, prima) - Allianz "
        "diccionario de seguros",
        "https://allianz.es/descubre-allianz/mediadores/diccionario-de-seguros/r/"
        "que-es-la-renovacion-del-seguro.html",
    ),
}
