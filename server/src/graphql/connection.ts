import { Field, Int, ObjectType, type ClassType } from "type-graphql";
import type { ConnectionResult } from "../db/page";
import { PageInfo } from "./common.types";
import { CONNECTION_DESCRIPTIONS, EDGE_DESCRIPTIONS } from "./descriptions";

export type { ConnectionResult };

/** The contract's connection shape (`XEdge`, `XConnection`) for a node type. */
export function connectionType<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} of a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: EDGE_DESCRIPTIONS.cursor }) cursor!: string;
    @Field(() => nodeType, { description: `The ${name}.` }) node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `One page of a list of ${name} records.` })
  class Connection implements ConnectionResult<T> {
    @Field(() => [nodeType], { description: CONNECTION_DESCRIPTIONS.nodes }) nodes!: T[];
    @Field(() => [Edge], { description: CONNECTION_DESCRIPTIONS.edges }) edges!: Edge[];
    @Field(() => PageInfo, { description: CONNECTION_DESCRIPTIONS.pageInfo }) pageInfo!: PageInfo;
    @Field(() => Int, { description: CONNECTION_DESCRIPTIONS.totalCount }) totalCount!: number;
  }

  return Connection;
}
