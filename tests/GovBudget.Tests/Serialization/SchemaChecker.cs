using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace GovBudget.Tests.Serialization;

/// <summary>
/// A focused JSON Schema (draft 2020-12) checker for the subset the disclosure schema uses: <c>$ref</c> to
/// <c>#/$defs/…</c>, <c>type</c> (a name or a list), <c>enum</c>, <c>const</c>, <c>pattern</c>, <c>required</c>,
/// <c>properties</c>, <c>additionalProperties</c>, <c>items</c>, <c>oneOf</c>, <c>not</c>, <c>minimum</c>,
/// <c>maximum</c>. <see cref="Keywords"/> lists them so a test can check the schema uses nothing else.
/// </summary>
public sealed class SchemaChecker(JsonElement root)
{
    /// <summary>The validation keywords understood, and the annotations ignored.</summary>
    public static IReadOnlySet<string> Keywords { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "$ref", "type", "enum", "const", "pattern", "required", "properties", "additionalProperties", "items", "oneOf", "not", "minimum", "maximum",
        "$schema", "$id", "$defs", "title", "description",
    };

    /// <summary>Every violation of the schema by <paramref name="instance"/>, as <c>path: problem</c>.</summary>
    public List<string> Check(JsonElement instance)
    {
        var errors = new List<string>();
        Check(instance, root, "$", errors);
        return errors;
    }

    private void Check(JsonElement instance, JsonElement schema, string path, List<string> errors)
    {
        if (schema.ValueKind == JsonValueKind.True)
        {
            return;
        }

        if (schema.ValueKind == JsonValueKind.False)
        {
            errors.Add($"{path}: not allowed");
            return;
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(instance, Resolve(reference.GetString()!), path, errors);
        }

        if (schema.TryGetProperty("type", out var type))
        {
            var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToArray() : [type.GetString()!];
            if (!types.Any(t => HasType(instance, t)))
            {
                errors.Add($"{path}: expected {string.Join(" or ", types)}, found {instance.ValueKind}");
                return;
            }
        }

        if (schema.TryGetProperty("enum", out var values) && !values.EnumerateArray().Any(v => JsonElement.DeepEquals(v, instance)))
        {
            errors.Add($"{path}: {instance.GetRawText()} is not in the enum");
        }

        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, instance))
        {
            errors.Add($"{path}: expected {constant.GetRawText()}");
        }

        if (instance.ValueKind == JsonValueKind.String && schema.TryGetProperty("pattern", out var pattern)
            && !Regex.IsMatch(instance.GetString()!, pattern.GetString()!, RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            errors.Add($"{path}: '{instance.GetString()}' does not match {pattern.GetString()}");
        }

        if (instance.ValueKind == JsonValueKind.Number)
        {
            if (schema.TryGetProperty("minimum", out var min) && instance.GetDecimal() < min.GetDecimal())
            {
                errors.Add($"{path}: below the minimum {min}");
            }

            if (schema.TryGetProperty("maximum", out var max) && instance.GetDecimal() > max.GetDecimal())
            {
                errors.Add($"{path}: above the maximum {max}");
            }
        }

        if (instance.ValueKind == JsonValueKind.Object)
        {
            CheckObject(instance, schema, path, errors);
        }

        if (instance.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in instance.EnumerateArray())
            {
                Check(item, items, path + "[" + (i++).ToString(CultureInfo.InvariantCulture) + "]", errors);
            }
        }

        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            var matches = oneOf.EnumerateArray().Count(s => Check(instance, s));
            if (matches != 1)
            {
                errors.Add($"{path}: matches {matches} of the oneOf alternatives, not exactly one");
            }
        }

        if (schema.TryGetProperty("not", out var not) && Check(instance, not))
        {
            errors.Add($"{path}: matches a 'not' schema");
        }
    }

    private bool Check(JsonElement instance, JsonElement schema)
    {
        var errors = new List<string>();
        Check(instance, schema, "$", errors);
        return errors.Count == 0;
    }

    private void CheckObject(JsonElement instance, JsonElement schema, string path, List<string> errors)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!instance.TryGetProperty(name, out _))
                {
                    errors.Add($"{path}: missing required '{name}'");
                }
            }
        }

        var hasProperties = schema.TryGetProperty("properties", out var properties);
        var hasAdditional = schema.TryGetProperty("additionalProperties", out var additional);
        foreach (var property in instance.EnumerateObject())
        {
            if (hasProperties && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(property.Value, propertySchema, path + "." + property.Name, errors);
            }
            else if (hasAdditional)
            {
                Check(property.Value, additional, path + "." + property.Name, errors);
            }
        }
    }

    private JsonElement Resolve(string reference)
    {
        const string prefix = "#/$defs/";
        if (!reference.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new NotSupportedException($"Only local $defs references are supported: {reference}");
        }

        return root.GetProperty("$defs").GetProperty(reference[prefix.Length..]);
    }

    private static bool HasType(JsonElement instance, string type) => type switch
    {
        "object" => instance.ValueKind == JsonValueKind.Object,
        "array" => instance.ValueKind == JsonValueKind.Array,
        "string" => instance.ValueKind == JsonValueKind.String,
        "number" => instance.ValueKind == JsonValueKind.Number,
        "integer" => instance.ValueKind == JsonValueKind.Number && instance.TryGetDecimal(out var d) && d == decimal.Truncate(d),
        "boolean" => instance.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => instance.ValueKind == JsonValueKind.Null,
        _ => throw new NotSupportedException($"Unknown type {type}"),
    };
}
