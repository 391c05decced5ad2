"""Public Spanish pages followed by the TRAIN-ES part of our own corpus (key -> title, address).

No text was copied verbatim: wording and layout were adapted, people and companies invented.
"""

from __future__ import annotations

TRAIN_ES_SOURCES = {
    "te_ameripharma_ivig": (
        "Inmunoglobulina intravenosa (IgIV): terapia para pacientes con producción de "
        "anticuerpos disminuida - AmeriPharma Specialty Care (en español)",
        "https://ameripharmaspecialty.com/es/conditions-treatments/immune-globulin-ig",
    ),
    "te_empendium_idcv": (
        "Inmunodeficiencias: definición, clasificación, inmunodeficiencia común variable - "
        "Manual MIBE (empendium)",
        "https://empendium.com/manualmibe/compendio/chapter/B34.II.15.17.",
    ),
    "te_helpleft_ivig": (
        "¿Qué es la inmunoglobulina intravenosa? (IGIV, anticuerpos, inmunodeficiencia) - helpleft",
        "https://es.helpleft.com/medicine/what-is-intravenous-immunoglobulin.html",
    ),
    "te_fsg_cartas": (
        "Cartas de doctores para pacientes: informes médicos para seguros, qué información "
        "incluir - FSG Records",
        "https://admin.fsgrecords.com/post/cartas-de-doctores-para-pacientes",
    ),
    "te_healthhub_supplies": (
        "Terapia de infusión doméstica: revise sus suministros (lista de control) - HealthHub",
        "https://healthplan.healthhub.org/oncology/management/"
        "home-infusion-therapy-checking-your-supplies?language_content_entity=es",
    ),
    "te_helpleft_home": (
        "¿Qué es la terapia de infusión en el hogar? (equipo, farmacia de infusión, costos) - "
        "helpleft",
        "https://es.helpleft.com/medicine/what-is-home-infusion-therapy.html",
    ),
    "te_iehp_partd": (
        "Parte D: Determinación de cobertura y apelaciones (autorización previa, excepciones) - "
        "IEHP",
        "https://ww3.iehp.org/es/members/plans/cal-mediconnect-2018/grievances/part-d/",
    ),
    "te_bcnc_partd": (
        "Determinaciones de cobertura de la Parte D (excepciones, declaración del médico) - "
        "Blue Cross NC, Medicare en español",
        "https://es.bluecrossnc.com/members/medicare/policies-privacy-legal/part-d",
    ),
    "te_cigna_appeals": (
        "Apelaciones: decisión de cobertura, Parte C y Parte D, representante designado - "
        "Cigna Medicare (en español)",
        "https://www.cigna.com/medicare/resources/es-appeals-exceptions",
    ),
    "te_geniolandia_apelacion": (
        "Cómo escribir una carta de apelación médica - Geniolandia",
        "https://www.geniolandia.com/13114508/como-escribir-una-carta-de-apelacion-medica",
    ),
    "te_optimum_appeals": (
        "Apelaciones: cómo presentar una apelación, Departamento de Apelaciones - Optimum "
        "HealthCare (en español)",
        "https://espanol.youroptimumhealthcare.com/medicare/ag/appeals",
    ),
    "te_ma_appeals": (
        "Apelaciones en los planes de salud de Medicare (reconsideración, determinación de la "
        "organización) - Medicare.gov en español",
        "https://es.medicare.gov/providers-services/claims-appeals-complaints/appeals/"
        "medicare-health-plans",
    ),
    "te_segurosaludtop_pa": (
        "Autorización previa: aprobación de la aseguradora para ciertos tratamientos - "
        "SeguroSaludTop",
        "https://www.segurosaludtop.com/autorizacion-previa",
    ),
    "te_paf_eob": (
        "Interpretando su Explicación de Beneficios (EOB) - Patient Advocate Foundation, en "
        "español",
        "http://patientadvocate.org/index.php?p=581",
    ),
    "te_uhc_idcard": (
        "Tu tarjeta de identificación de miembro: información que se encuentra en la tarjeta - "
        "UnitedHealthcare (en español)",
        "https://es-uhc-stage.uhc.com/member-resources/your-member-id-card",
    ),
    "te_cms10147": (
        "Sus derechos y la cobertura de Medicare de recetas médicas - notificación de farmacia "
        "de CMS (CMS-10147, versión en español)",
        "http://studylib.es/doc/8109531/notificaci%C3%B3n-de-cms-de-farmacia-para-los",
    ),
    "te_bannerhealth_infusion": (
        "Terapia de infusión (catéter, medicamentos por vía intravenosa) - Banner Health en "
        "español",
        "https://bannerhealth.com/es/services/infusion-therapy",
    ),
    "te_elresumen_consultorio": (
        "Qué es una carta de un consultorio (documento emitido por el médico) - El Resumen",
        "https://elresumen.top/?p=700",
    ),
    "te_wukihow_gym": (
        "Cómo salir de un contrato de gimnasio (congelar o transferir la membresía) - wukihow "
        "en español",
        "https://es.wukihow.com/wiki/Get-Out-of-a-Gym-Contract",
    ),
    "te_bde_comunicacion": (
        "¿Sabes qué forma de comunicación tienes pactada con tu banco? (modificación de "
        "condiciones con dos meses de antelación) - Banco de España, Portal del Cliente Bancario",
        "https://clientebancario.bde.es/pcb/es/blog/"
        "sabes-que-forma-de-comunicacion-tienes-pactada-con-tu-banco-.html",
    ),
}
