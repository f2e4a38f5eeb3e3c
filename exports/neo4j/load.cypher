// Load exports/neo4j/*.csv into a running Neo4j (copy them to its import folder first).
CREATE CONSTRAINT kg_node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;
LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row WITH row WHERE row.`:LABEL` = 'Company'
MERGE (n:Node {id: row.`id:ID`}) SET n:`Company`, n += {name: row.name, aliases: split(row.`aliases:string[]`, '|'), mentions: toInteger(row.`mentions:int`), documents: split(row.`documents:string[]`, '|'), date: row.date, title: row.title, source: row.source, value: row.value, unit: row.unit, metric: row.metric, period: row.period, kind: row.kind, qualifier: row.qualifier, evidence: row.evidence, role: row.role};
LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row WITH row WHERE row.`:LABEL` = 'Document'
MERGE (n:Node {id: row.`id:ID`}) SET n:`Document`, n += {name: row.name, aliases: split(row.`aliases:string[]`, '|'), mentions: toInteger(row.`mentions:int`), documents: split(row.`documents:string[]`, '|'), date: row.date, title: row.title, source: row.source, value: row.value, unit: row.unit, metric: row.metric, period: row.period, kind: row.kind, qualifier: row.qualifier, evidence: row.evidence, role: row.role};
LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row WITH row WHERE row.`:LABEL` = 'Event'
MERGE (n:Node {id: row.`id:ID`}) SET n:`Event`, n += {name: row.name, aliases: split(row.`aliases:string[]`, '|'), mentions: toInteger(row.`mentions:int`), documents: split(row.`documents:string[]`, '|'), date: row.date, title: row.title, source: row.source, value: row.value, unit: row.unit, metric: row.metric, period: row.period, kind: row.kind, qualifier: row.qualifier, evidence: row.evidence, role: row.role};
LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row WITH row WHERE row.`:LABEL` = 'Figure'
MERGE (n:Node {id: row.`id:ID`}) SET n:`Figure`, n += {name: row.name, aliases: split(row.`aliases:string[]`, '|'), mentions: toInteger(row.`mentions:int`), documents: split(row.`documents:string[]`, '|'), date: row.date, title: row.title, source: row.source, value: row.value, unit: row.unit, metric: row.metric, period: row.period, kind: row.kind, qualifier: row.qualifier, evidence: row.evidence, role: row.role};
LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row WITH row WHERE row.`:LABEL` = 'GovernmentBody'
MERGE (n:Node {id: row.`id:ID`}) SET n:`GovernmentBody`, n += {name: row.name, aliases: split(row.`aliases:string[]`, '|'), mentions: toInteger(row.`mentions:int`), documents: split(row.`documents:string[]`, '|'), date: row.date, title: row.title, source: row.source, value: row.value, unit: row.unit, metric: row.metric, period: row.period, kind: row.kind, qualifier: row.qualifier, evidence: row.evidence, role: row.role};
LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row WITH row WHERE row.`:LABEL` = 'Industry'
MERGE (n:Node {id: row.`id:ID`}) SET n:`Industry`, n += {name: row.name, aliases: split(row.`aliases:string[]`, '|'), mentions: toInteger(row.`mentions:int`), documents: split(row.`documents:string[]`, '|'), date: row.date, title: row.title, source: row.source, value: row.value, unit: row.unit, metric: row.metric, period: row.period, kind: row.kind, qualifier: row.qualifier, evidence: row.evidence, role: row.role};
LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row WITH row WHERE row.`:LABEL` = 'Membership'
MERGE (n:Node {id: row.`id:ID`}) SET n:`Membership`, n += {name: row.name, aliases: split(row.`aliases:string[]`, '|'), mentions: toInteger(row.`mentions:int`), documents: split(row.`documents:string[]`, '|'), date: row.date, title: row.title, source: row.source, value: row.value, unit: row.unit, metric: row.metric, period: row.period, kind: row.kind, qualifier: row.qualifier, evidence: row.evidence, role: row.role};
LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row WITH row WHERE row.`:LABEL` = 'Person'
MERGE (n:Node {id: row.`id:ID`}) SET n:`Person`, n += {name: row.name, aliases: split(row.`aliases:string[]`, '|'), mentions: toInteger(row.`mentions:int`), documents: split(row.`documents:string[]`, '|'), date: row.date, title: row.title, source: row.source, value: row.value, unit: row.unit, metric: row.metric, period: row.period, kind: row.kind, qualifier: row.qualifier, evidence: row.evidence, role: row.role};
LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row WITH row WHERE row.`:LABEL` = 'Place'
MERGE (n:Node {id: row.`id:ID`}) SET n:`Place`, n += {name: row.name, aliases: split(row.`aliases:string[]`, '|'), mentions: toInteger(row.`mentions:int`), documents: split(row.`documents:string[]`, '|'), date: row.date, title: row.title, source: row.source, value: row.value, unit: row.unit, metric: row.metric, period: row.period, kind: row.kind, qualifier: row.qualifier, evidence: row.evidence, role: row.role};
LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row WITH row WHERE row.`:LABEL` = 'Policy'
MERGE (n:Node {id: row.`id:ID`}) SET n:`Policy`, n += {name: row.name, aliases: split(row.`aliases:string[]`, '|'), mentions: toInteger(row.`mentions:int`), documents: split(row.`documents:string[]`, '|'), date: row.date, title: row.title, source: row.source, value: row.value, unit: row.unit, metric: row.metric, period: row.period, kind: row.kind, qualifier: row.qualifier, evidence: row.evidence, role: row.role};
LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row WITH row WHERE row.`:LABEL` = 'Role'
MERGE (n:Node {id: row.`id:ID`}) SET n:`Role`, n += {name: row.name, aliases: split(row.`aliases:string[]`, '|'), mentions: toInteger(row.`mentions:int`), documents: split(row.`documents:string[]`, '|'), date: row.date, title: row.title, source: row.source, value: row.value, unit: row.unit, metric: row.metric, period: row.period, kind: row.kind, qualifier: row.qualifier, evidence: row.evidence, role: row.role};
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row WITH row WHERE row.`:TYPE` = 'ABOUT'
MATCH (a:Node {id: row.`:START_ID`}), (b:Node {id: row.`:END_ID`})
MERGE (a)-[r:`ABOUT`]->(b) SET r.evidence = row.evidence, r.documents = split(row.`documents:string[]`, '|');
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row WITH row WHERE row.`:TYPE` = 'CONCERNS'
MATCH (a:Node {id: row.`:START_ID`}), (b:Node {id: row.`:END_ID`})
MERGE (a)-[r:`CONCERNS`]->(b) SET r.evidence = row.evidence, r.documents = split(row.`documents:string[]`, '|');
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row WITH row WHERE row.`:TYPE` = 'ISSUED_BY'
MATCH (a:Node {id: row.`:START_ID`}), (b:Node {id: row.`:END_ID`})
MERGE (a)-[r:`ISSUED_BY`]->(b) SET r.evidence = row.evidence, r.documents = split(row.`documents:string[]`, '|');
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row WITH row WHERE row.`:TYPE` = 'MEMBER'
MATCH (a:Node {id: row.`:START_ID`}), (b:Node {id: row.`:END_ID`})
MERGE (a)-[r:`MEMBER`]->(b) SET r.evidence = row.evidence, r.documents = split(row.`documents:string[]`, '|');
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row WITH row WHERE row.`:TYPE` = 'MENTIONED_IN'
MATCH (a:Node {id: row.`:START_ID`}), (b:Node {id: row.`:END_ID`})
MERGE (a)-[r:`MENTIONED_IN`]->(b) SET r.evidence = row.evidence, r.documents = split(row.`documents:string[]`, '|');
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row WITH row WHERE row.`:TYPE` = 'ORGANIZATION'
MATCH (a:Node {id: row.`:START_ID`}), (b:Node {id: row.`:END_ID`})
MERGE (a)-[r:`ORGANIZATION`]->(b) SET r.evidence = row.evidence, r.documents = split(row.`documents:string[]`, '|');
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row WITH row WHERE row.`:TYPE` = 'ORGANIZER'
MATCH (a:Node {id: row.`:START_ID`}), (b:Node {id: row.`:END_ID`})
MERGE (a)-[r:`ORGANIZER`]->(b) SET r.evidence = row.evidence, r.documents = split(row.`documents:string[]`, '|');
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row WITH row WHERE row.`:TYPE` = 'REPORTED_BY'
MATCH (a:Node {id: row.`:START_ID`}), (b:Node {id: row.`:END_ID`})
MERGE (a)-[r:`REPORTED_BY`]->(b) SET r.evidence = row.evidence, r.documents = split(row.`documents:string[]`, '|');
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row WITH row WHERE row.`:TYPE` = 'ROLE'
MATCH (a:Node {id: row.`:START_ID`}), (b:Node {id: row.`:END_ID`})
MERGE (a)-[r:`ROLE`]->(b) SET r.evidence = row.evidence, r.documents = split(row.`documents:string[]`, '|');
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row WITH row WHERE row.`:TYPE` = 'SPEAKER'
MATCH (a:Node {id: row.`:START_ID`}), (b:Node {id: row.`:END_ID`})
MERGE (a)-[r:`SPEAKER`]->(b) SET r.evidence = row.evidence, r.documents = split(row.`documents:string[]`, '|');
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row WITH row WHERE row.`:TYPE` = 'SUB_ORGANIZATION_OF'
MATCH (a:Node {id: row.`:START_ID`}), (b:Node {id: row.`:END_ID`})
MERGE (a)-[r:`SUB_ORGANIZATION_OF`]->(b) SET r.evidence = row.evidence, r.documents = split(row.`documents:string[]`, '|');
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row WITH row WHERE row.`:TYPE` = 'WAS_DERIVED_FROM'
MATCH (a:Node {id: row.`:START_ID`}), (b:Node {id: row.`:END_ID`})
MERGE (a)-[r:`WAS_DERIVED_FROM`]->(b) SET r.evidence = row.evidence, r.documents = split(row.`documents:string[]`, '|');
