"""The RDF vocabulary: our closed `KG` namespace and the map from graph labels/predicates to terms."""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace, URIRef

__all__ = ["KG", "KGR", "CLASSES", "PREDICATES", "PREFIXES"]

KGR = Namespace("https://w3id.org/policy-kg/id/")


class KG(DefinedNamespace):
    """policy-kg ontology terms; every one is declared in ontology/kg.ttl (a test checks)."""

    _fail = True
    _NS = Namespace("https://w3id.org/policy-kg/ontology#")

    Document: URIRef
    Person: URIRef
    GovernmentBody: URIRef
    Organization: URIRef
    Company: URIRef
    Policy: URIRef
    Industry: URIRef
    Event: URIRef
    Place: URIRef
    Membership: URIRef
    Figure: URIRef
    sourceFile: URIRef
    mentionedIn: URIRef
    mentionCount: URIRef
    speaker: URIRef
    organizer: URIRef
    date: URIRef
    issuedBy: URIRef
    concerns: URIRef
    value: URIRef
    unit: URIRef
    metric: URIRef
    kind: URIRef
    qualifier: URIRef
    period: URIRef
    about: URIRef
    reportedBy: URIRef
    evidence: URIRef


CLASSES = {
    "Person": KG.Person, "GovernmentBody": KG.GovernmentBody, "Organization": KG.Organization,
    "Company": KG.Company, "Policy": KG.Policy, "Industry": KG.Industry, "Event": KG.Event, "Place": KG.Place,
    "Role": ORG.Role, "Membership": KG.Membership, "Figure": KG.Figure, "Document": KG.Document,
}
PREDICATES = {
    "mentionedIn": KG.mentionedIn, "member": ORG.member, "organization": ORG.organization, "role": ORG.role,
    "wasDerivedFrom": PROV.wasDerivedFrom, "subOrganizationOf": ORG.subOrganizationOf, "speaker": KG.speaker,
    "organizer": KG.organizer, "issuedBy": KG.issuedBy, "concerns": KG.concerns, "about": KG.about,
    "reportedBy": KG.reportedBy,
}
PREFIXES = {
    "kg": str(KG._NS), "kgr": str(KGR), "org": str(ORG), "skos": str(SKOS), "prov": str(PROV), "dct": str(DCTERMS),
    "rdfs": str(RDFS), "rdf": str(RDF), "xsd": str(XSD),
}
