import "reflect-metadata";
import { execute, GraphQLObjectType, parse, type GraphQLResolveInfo } from "graphql";
import { compileQuery } from "graphql-jit";
import { buildFlexiSchema } from "./schema";
import { asInstanceOf, hasBehaviour, isLeanResolver, PlainInputs } from "./lean-resolvers";
import { WageDeclaration } from "../modules/declarations/declaration.type";
import { DeclarationResolver } from "../modules/declarations/declaration.resolver";
import type { GraphQLContext } from "./context";

describe("field resolvers called straight (graphql/lean-resolvers.ts)", () => {
  it("resolves a declaration's joined worker without type-graphql's wrapping, synchronously", async () => {
    const schema = await buildFlexiSchema();
    const declarationType = schema.getType("WageDeclaration") as GraphQLObjectType;
    const resolve = declarationType.getFields().worker!.resolve!;
    expect(isLeanResolver(resolve)).toBe(true);
    // Arguments of an argument class that is a plain shape (a submission's declarations, paged) need no conversion either.
    const submissionType = schema.getType("Submission") as GraphQLObjectType;
    expect(isLeanResolver(submissionType.getFields().declarations!.resolve)).toBe(true);
    const worker = { id: "w1", ssin: "85073003328", firstName: "Eva", lastName: "Peeters" };
    const declaration = Object.assign(Object.create(WageDeclaration.prototype) as WageDeclaration, {
      joined: { worker },
    });
    const answer = resolve(declaration, {}, {} as GraphQLContext, {} as GraphQLResolveInfo);
    expect(answer).toBe(worker);
  });

  it("leaves a plain field without a resolver, so that graphql-jit reads the property inline", async () => {
    const schema = await buildFlexiSchema();
    const message = (schema.getType("EboxMessage") as GraphQLObjectType).getFields();
    for (const plain of ["id", "type", "subject", "receivedAt", "readAt"])
      expect(message[plain]!.resolve).toBeUndefined();
    // A field with a resolver method keeps it.
    expect(isLeanResolver(message.submission!.resolve)).toBe(true);
    // A pay field is still wrapped, to note who read it (access/income-reads.ts).
    expect((schema.getType("WageDeclaration") as GraphQLObjectType).getFields().total!.resolve).toBeDefined();
    const compiled = compileQuery(
      schema,
      parse("{ eboxMessages(first: 1) { nodes { id subject submission { reference } } } }"),
      undefined,
      {
        debug: true,
      } as never,
    ) as { __DO_NOT_USE_THIS_OR_YOU_WILL_BE_FIRED_compilation?: string };
    const code = compiled.__DO_NOT_USE_THIS_OR_YOU_WILL_BE_FIRED_compilation ?? "";
    expect(code).toContain("EboxMessagesubmissionResolver");
    expect(code).not.toContain("EboxMessageidResolver");
    expect(code).not.toContain("EboxMessagesubjectResolver");
  });

  it("hands a method a parent of its declared class, copying a plain row into one as type-graphql does", () => {
    class Parent {
      declare kept: string;
      fromClass = "default";
      get shout(): string {
        return this.kept.toUpperCase();
      }
    }
    const row = { kept: "value" };
    const converted = asInstanceOf(Parent, row) as Parent;
    expect(converted).toBeInstanceOf(Parent);
    expect(converted.shout).toBe("VALUE");
    expect(converted.fromClass).toBe("default");
    const instance = new Parent();
    expect(asInstanceOf(Parent, instance)).toBe(instance);
    expect(asInstanceOf(Parent, null)).toBeNull();
  });

  it("copies a parent only for a class with a method, an accessor or a field default; the schema's are plain shapes", () => {
    class WithMethod {
      twice(): number {
        return 2;
      }
    }
    class WithDefault {
      kind = "default";
    }
    class Base {
      get label(): string {
        return "inherited";
      }
    }
    class Derived extends Base {
      declare name: string;
    }
    class Shape {
      declare id: string;
      declare total: string;
    }
    expect([WithMethod, WithDefault, Derived].map(hasBehaviour)).toEqual([true, true, true]);
    expect(hasBehaviour(Shape)).toBe(false);
    expect(hasBehaviour(WageDeclaration)).toBe(false);
  });

  it("hands a plain-shaped parent to the method as it is: nothing is copied per row", async () => {
    const method = jest.spyOn(DeclarationResolver.prototype, "worker");
    try {
      const schema = await buildFlexiSchema();
      const resolve = (schema.getType("WageDeclaration") as GraphQLObjectType).getFields().worker!.resolve!;
      const worker = { id: "w1", ssin: "85073003328", firstName: "Eva", lastName: "Peeters" };
      const row = { joined: { worker } };
      expect(resolve(row, {}, {} as GraphQLContext, {} as GraphQLResolveInfo)).toBe(worker);
      expect(method.mock.calls[0]![0]).toBe(row);
    } finally {
      method.mockRestore();
    }
  });

  it("calls the root queries straight, with their filter and paging arguments as graphql-js coerced them", async () => {
    const schema = await buildFlexiSchema();
    const queries = schema.getQueryType()!.getFields();
    expect(Object.keys(queries).filter((name) => !isLeanResolver(queries[name]!.resolve))).toEqual([]);
    let received: unknown[] = [];
    const services = {
      declarations: {
        list: (...params: unknown[]) => {
          received = params;
          return { nodes: [], pageInfo: { hasNextPage: false, hasPreviousPage: false } };
        },
      },
    };
    const answer = await execute({
      schema,
      document: parse(
        `{ wageDeclarations(first: 2, offset: 1, filter: { status: { in: [ACCEPTED, REFUSED] } }, orderBy: [CALCULATION_DATE_DESC]) { nodes { id } } }`,
      ),
      contextValue: { services },
    });
    expect(answer.errors).toBeUndefined();
    const [, filter, orderBy, paging] = received;
    // Only the paging arguments, in a plain object; the filter as graphql-js coerced it (not class instances).
    expect(paging).toStrictEqual({ first: 2, offset: 1 });
    expect(filter).toEqual({ status: { in: ["ACCEPTED", "REFUSED"] } });
    expect(Object.getPrototypeOf(filter)).toBeNull(); // graphql-js's own object, not a copy into a class
    expect(orderBy).toEqual(["CALCULATION_DATE_DESC"]);
  });

  it("hands an input over as it is only when no class it reaches, through cycles too, has behaviour", () => {
    class Outer {
      declare inner: unknown;
    }
    class Inner {
      declare outer: unknown;
    }
    class WithDefault {
      kind = "default";
    }
    class SelfFilter {
      declare and: unknown;
    }
    const field = (name: string, type: unknown) => ({ name, getType: () => type });
    const inputs = new PlainInputs({
      inputTypes: [
        { target: Outer, fields: [field("inner", Inner), field("options", WithDefault)] },
        { target: Inner, fields: [field("outer", Outer)] },
        { target: WithDefault, fields: [field("kind", String)] },
        { target: SelfFilter, fields: [field("and", SelfFilter), field("name", String)] },
      ],
      argumentTypes: [],
    });
    expect(inputs.isPlain(Outer)).toBe(false);
    // Inner reaches WithDefault through Outer: not plain either, whichever is asked first.
    expect(inputs.isPlain(Inner)).toBe(false);
    expect(inputs.isPlain(SelfFilter)).toBe(true);
    expect(inputs.isPlain(String)).toBe(true);
  });
});
