"""The fourth batch of Spanish probes (see _probes_es_texts.py): the kinds of mistakes issue
12 lists (a message relaying the plan's decision, a peer-to-peer offer, approvals of things
that are not coverage, a pharmacy's copay help), in the wording of public Spanish plan and
program pages; written after the third batch's fixes and measured before any rule was made
for them."""

from __future__ import annotations

from _probes_es_texts import Probe

PROBES_B4: tuple[Probe, ...] = (
    Probe(
        "B4 Part D exception approval (Spanish)",
        "https://mmp-es.superiorhealthplan.com/mmp/prescription-drug-part-d/coverage-determinations-exceptions.html",
        """
Plan Nogal Rx (PDP)
Aviso de determinación de cobertura
25 de marzo de 2026
Filomena Arellano Téllez
Número de afiliado: NRX30881274
Hemos tomado una decisión sobre su solicitud de excepción para daptomicina 500 mg.
Su solicitud de excepción ha sido aprobada. Cubriremos este medicamento hasta el 31 de
diciembre de 2026, siempre que su médico lo siga recetando y lo surta en una farmacia de la red.
""",
        {
            "kind": "letter",
            "letter_outcome": "approved",
            "document_date": "2026-03-25",
            "member_id": "NRX30881274",
            "due_date": None,
        },
    ),
    Probe(
        "B4 E-mail from the home infusion pharmacy relaying the plan's approval (Spanish)",
        "https://es.aetnabetterhealth.com/pennsylvania/prior-authorization.html",
        """
De: Coordinación de Admisiones <admisiones@farmaciaalcor.example>
Para: filomena.arellano@correo.example
Enviado: jueves, 26 de marzo de 2026 10:12
Asunto: RE: autorización de su terapia
Hola, Sra. Arellano:
Le escribimos para avisarle que su plan de Medicaid aprobó la autorización previa para su
terapia de daptomicina en casa. El número de autorización es MCD-26-0326-8841.
Programaremos su primera entrega para el lunes.
Saludos,
Farmacia Alcor Infusiones
""",
        {
            "kind": "letter",
            "letter_outcome": "approved",
            "document_date": "2026-03-26",
            "reference_number": "MCD-26-0326-8841",
            "due_date": None,
        },
    ),
    Probe(
        "B4 Peer-to-peer offer (Spanish)",
        "https://www.disabilityrightsca.org/es/publications/atencion-administrada-de-medi-cal-apelaciones-y-quejas",
        """
Salud Comunitaria Pinar (Medicaid)
Departamento de Gestión de Utilización
12 de febrero de 2026
Dr. Mauricio Ledesma
Paciente: Filomena Arellano Téllez
Número de caso: SCP-UM-26-02118
Estimado Dr. Ledesma:
Nuestro médico revisor quiere hablar con usted sobre la solicitud de terapia intravenosa en
casa antes de tomar una decisión. Puede programar una conversación entre pares llamando al
1-800-555-0125 antes del 16 de febrero de 2026. Todavía no se ha tomado una decisión.
""",
        {
            "kind": "letter",
            "letter_outcome": "informational",
            "document_date": "2026-02-12",
            "reference_number": "SCP-UM-26-02118",
        },
    ),
    Probe(
        "B4 Copay assistance approval from the manufacturer's program (Spanish)",
        "https://uhc.com/es/news-articles/medicare-articles/what-is-a-transition-refill",
        """
Programa de Apoyo al Paciente ViaClara
8 de abril de 2026
Sra. Filomena Arellano Téllez
Número de inscripción: VC-88213
¡Buenas noticias! Usted ha sido aprobada para el programa de asistencia de copagos.
Su tarjeta de ahorro cubrirá hasta $15,000 al año de su parte del costo del medicamento.
Este programa no es un seguro.
""",
        {
            "kind": "letter",
            "letter_outcome": "informational",
            "document_date": "2026-04-08",
        },
    ),
    Probe(
        "B4 Homeowners association approval, not about health (Spanish)",
        "https://www.hhs.texas.gov/es/servicios/sus-derechos/oficina-del-ombudsman-de-hhs/preguntas-frecuentes-sobre-el-ombudsman",
        """
Asociación de Propietarios Lomas del Sol
2 de marzo de 2026
Estimada vecina:
Su solicitud para instalar una cerca de madera en el patio trasero ha sido aprobada por el
comité de arquitectura. La aprobación es válida por 6 meses.
Atentamente,
Comité de Arquitectura
""",
        {"kind": "other", "document_date": "2026-03-02"},
    ),
    Probe(
        "B4 Nursing agency pre-certification approved by the plan (Spanish)",
        "https://es.aetnabetterhealth.com/pennsylvania/prior-authorization.html",
        """
Enfermería a Domicilio Aurora
Coordinación de Autorizaciones
30 de marzo de 2026
Paciente: Filomena Arellano Téllez
Plan: Salud Comunitaria Pinar (Medicaid)   ID de miembro: SCP-77120943
Número de precertificación: PC-260330-017
Le informamos que su plan aprobó la precertificación de las visitas de enfermería para la
infusión en casa: 1 visita por semana del 1 de abril al 30 de junio de 2026.
""",
        {
            "kind": "letter",
            "letter_outcome": "approved",
            "document_date": "2026-03-30",
            "reference_number": "PC-260330-017",
            "member_id": "SCP-77120943",
        },
    ),
    Probe(
        "B4 Medicaid portal printout of an authorization (Spanish)",
        "https://texaschildrenshealthplan.org/es/benefits/star-kids/member-resources",
        """
Portal para Miembros - Salud Comunitaria Pinar
Mis autorizaciones
Impreso el 03/31/2026
Número de autorización   Servicio                                Estado
SCP-PA-26-30412           Terapia de infusión en el hogar         Aprobada
Fechas: 04/01/2026 - 06/30/2026
Miembro: Filomena Arellano Téllez   ID de miembro: SCP-77120943
""",
        {
            "kind": "letter",
            "letter_outcome": "approved",
            "document_date": "2026-03-31",
            "reference_number": "SCP-PA-26-30412",
            "member_id": "SCP-77120943",
        },
    ),
)
