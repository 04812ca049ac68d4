import { DateTimeResolver, JSONObjectResolver } from 'graphql-scalars';

export const scalars = { DateTime: DateTimeResolver, JSONObject: JSONObjectResolver };
