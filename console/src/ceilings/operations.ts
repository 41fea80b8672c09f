import { graphql } from "../gql";

export const OfficeFlexiCeilings = graphql(`
  query OfficeFlexiCeilings {
    flexiCeilings {
      id
      year
      amount
      provisional
      source
    }
  }
`);

export const OfficeSetFlexiCeiling = graphql(`
  mutation OfficeSetFlexiCeiling($year: Int!, $amount: Money!, $provisional: Boolean!, $source: String) {
    setFlexiCeiling(year: $year, amount: $amount, provisional: $provisional, source: $source) {
      id
      year
      amount
      provisional
      source
    }
  }
`);
