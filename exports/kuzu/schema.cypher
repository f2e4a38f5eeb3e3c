CREATE NODE TABLE Node(id STRING, label STRING, name STRING, aliases STRING, mentions INT64, documents STRING, date STRING, title STRING, source STRING, value STRING, unit STRING, metric STRING, period STRING, kind STRING, qualifier STRING, evidence STRING, role STRING, PRIMARY KEY(id));
CREATE REL TABLE Edge(FROM Node TO Node, predicate STRING, evidence STRING, documents STRING);
COPY Node FROM 'nodes.csv' (HEADER=true, PARALLEL=false);
COPY Edge FROM 'edges.csv' (HEADER=true, PARALLEL=false);
