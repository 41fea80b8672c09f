import { Field, Int, ObjectType, type ClassType } from "type-graphql";
import type { ConnectionResult } from "../db/page";
import { PageInfo } from "./common.types";

export type { ConnectionResult };

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
