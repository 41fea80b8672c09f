import { Field, Int, ObjectType, type ClassType } from "type-graphql";
import { PageInfo } from "./common.types";

/** What every list resolver returns; `totalCount` is only computed when asked for. */
export interface ConnectionResult<T> {
  nodes: T[];
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** The contract's connection shape (`XEdge`, `XConnection`) for a node type. */
export function connectionType<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String) cursor!: string;
    @Field(() => nodeType) node!: T;
  }

  @ObjectType(`${name}Connection`)
  class Connection implements ConnectionResult<T> {
    @Field(() => [nodeType]) nodes!: T[];
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int) totalCount!: number;
  }

  return Connection;
}
