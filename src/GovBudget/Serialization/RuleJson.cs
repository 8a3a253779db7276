using System.Text.Json;
using GovBudget.Rules;

namespace GovBudget.Serialization;

/// <summary>
/// Reads and writes rules as JSON with their formula as text: <c>{"id":…, "class":"basicBalance", "descriptionZh":…,
/// "descriptionEn":…, "formula":"表6[合计,合计] = 表5-1[合计,基本支出]"}</c>. Any rule can be written; formula rules
/// read back to an equal formula (rule → text → rule), which is how users ship their own rule files.
/// </summary>
public static class RuleJson
{
    /// <summary>Writes rules as a JSON array.</summary>
    public static string Serialize(IEnumerable<Rule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" }))
        {
            writer.WriteStartArray();
            foreach (var rule in rules)
            {
                writer.WriteStartObject();
                writer.WriteString("id", rule.Id);
                writer.WriteString("class", ClassName(rule.Class));
                writer.WriteString("descriptionZh", rule.DescriptionZh);
                writer.WriteString("descriptionEn", rule.DescriptionEn);
                writer.WriteString("formula", rule.FormulaText);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Reads formula rules from a JSON array written by <see cref="Serialize"/> (or by hand).</summary>
    /// <exception cref="GovBudgetFormatException">The JSON or a formula is malformed; the message gives the path and, for formulas, the column.</exception>
    public static IReadOnlyList<FormulaRule> Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var document = Internal.JsonInput.Parse(json, null);

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new GovBudgetFormatException("rules must be a JSON array", null, null, null, "$");
            }

            var rules = new List<FormulaRule>();
            var index = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                var path = $"$[{index++}]";
                string Get(string name) => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString())
                    ? v.GetString()!
                    : throw new GovBudgetFormatException($"missing the string '{name}'", null, null, null, path + "." + name);
                var ruleClass = Get("class") switch
                {
                    "basicBalance" => RuleClass.BasicBalance,
                    "logical" => RuleClass.Logical,
                    "verification" => RuleClass.Verification,
                    var other => throw new GovBudgetFormatException($"'{other}' is not a rule class (basicBalance, logical, verification)", null, null, null, path + ".class"),
                };
                try
                {
                    rules.Add(FormulaRule.Parse(Get("id"), ruleClass, Get("descriptionZh"), Get("descriptionEn"), Get("formula")));
                }
                catch (GovBudgetFormatException ex)
                {
                    throw new GovBudgetFormatException(ex.Reason ?? ex.Message, null, null, ex.Column, path + ".formula", ex);
                }
                catch (ArgumentException ex)
                {
                    throw new GovBudgetFormatException(ex.Message, null, null, null, path, ex);
                }
            }

            return rules;
        }
    }

    private static string ClassName(RuleClass ruleClass) => ruleClass switch
    {
        RuleClass.BasicBalance => "basicBalance",
        RuleClass.Logical => "logical",
        _ => "verification",
    };
}
