/**
 * The same graph described for @neo4j/graphql. Entity is one node type over the :Entity label (the
 * library has no union of labels); PARTNERS_WITH is stored once per pair, so it is queried undirected.
 * Shortest paths have no generated equivalent, so `path` is the library's own escape hatch: @cypher.
 */
export const neo4jGraphqlTypeDefs = /* GraphQL */ `
  type Entity
    @node(labels: ["Entity"])
    @fulltext(indexes: [{ indexName: "entity_names", queryName: "entitiesByName", fields: ["name", "aliasText"] }]) {
    id: ID!
    name: String!
    type: String!
    aliasText: String
    propsJson: String
  }

  type Listing @node(labels: ["Listing"]) {
    id: ID!
    name: String!
    exchange: String
    symbol: String
  }

  type MovedBy @relationshipProperties {
    direction: String
    changePct: Float
    price: Float
    currency: String
  }

  type Company @node(labels: ["Company"]) {
    id: ID!
    name: String!
    listings: [Listing!]! @relationship(type: "LISTED_AS", direction: OUT)
    partners: [Company!]! @relationship(type: "PARTNERS_WITH", direction: OUT, queryDirection: UNDIRECTED)
    movedBy: [Entity!]! @relationship(type: "MOVED_BY", direction: OUT, properties: "MovedBy")
  }

  type PathStep {
    id: ID!
    name: String!
  }

  type PathResult {
    length: Int!
    nodes: [PathStep!]!
    relationTypes: [String!]!
  }

  type Query {
    path(fromId: ID!, toId: ID!): PathResult
      @cypher(
        statement: """
        MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
        MATCH p = shortestPath((a)-[:PARTNERS_WITH|BENEFITS_FROM|MOVED_BY|ACQUIRES|BIDS_FOR|INVESTS_IN|LEADS|LISTED_AS|INVOLVES|SUBSIDIARY_OF|PRODUCES*..3]-(b))
        RETURN {length: length(p), nodes: [n IN nodes(p) | n {.id, .name}], relationTypes: [r IN relationships(p) | type(r)]} AS path
        """
        columnName: "path"
      )
  }
`;
