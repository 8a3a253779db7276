using System.Text;
using System.Text.Json;
using GovBudget.Serialization;
using Xunit.Abstractions;

namespace GovBudget.Tests.Serialization;

/// <summary>
/// Random byte and token mutations of the valid seed documents (seeded, so deterministic): reading either succeeds
/// or throws <see cref="GovBudgetFormatException"/>, never anything else.
/// </summary>
public class DisclosureJsonMutationTests(ITestOutputHelper output)
{
    private const int CasesPerSeed = 2500;

    private static readonly string[] Replacements =
    [
        "null", "0", "-1", "1.5", "1e400", "99999999999999999999", "\"\"", "\"x\"", "true", "[]", "{}", "[null]", "{\"a\":1}",
        "\"-\"", "\"1,002.76\"", "\"0.001\"", "\"F2\"", "\"total\"", "\"U\"", "\"表1\"", "\"budget\"", "\"settlement\"", "\"0.01万元\"",
        "\"\\u0000\"", "\"\\ud800\"", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
    ];

    private static readonly DisclosureJsonOptions IgnoreUnknown = new() { UnknownProperties = UnknownPropertyPolicy.Ignore };

    [Fact]
    public void Deserialize_MutatedSeeds_OnlyGovBudgetFormatExceptionEscapes()
    {
        var random = new Random(20261122);
        int rejected = 0, accepted = 0;
        var failures = new List<string>();
        var options = new DisclosureJsonOptions { WriteIndented = false };
        foreach (var (name, disclosure) in SeedDocuments.All)
        {
            var bytes = DisclosureJson.SerializeToUtf8Bytes(disclosure, options);
            var tokens = Tokens(bytes);
            for (var i = 0; i < CasesPerSeed; i++)
            {
                var (mutant, how) = i % 2 == 0 ? MutateBytes(bytes, random) : MutateTokens(bytes, tokens, random);
                try
                {
                    // Every third case ignores unknown properties (an invalid UTF-8 name used to let InvalidOperationException out).
                    DisclosureJson.Deserialize(mutant, i % 3 == 0 ? IgnoreUnknown : null);
                    accepted++;
                }
                catch (GovBudgetFormatException)
                {
                    rejected++;
                }
                catch (Exception ex)
                {
                    if (failures.Count < 10)
                    {
                        failures.Add($"{name} case {i} ({how}): {ex.GetType().Name}: {ex.Message}");
                    }
                }
            }
        }

        var total = rejected + accepted + failures.Count;
        output.WriteLine($"mutation test: {total} cases, {rejected} rejected, {accepted} accepted");
        failures.ShouldBeEmpty();
        total.ShouldBeGreaterThanOrEqualTo(10_000);
    }

    private static List<(int Start, int Length)> Tokens(byte[] bytes)
    {
        var tokens = new List<(int, int)>();
        var reader = new Utf8JsonReader(bytes);
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null or JsonTokenType.PropertyName)
            {
                var start = (int)reader.TokenStartIndex;
                var end = (int)reader.BytesConsumed;
                tokens.Add((start, end - start));
            }
        }

        return tokens;
    }

    private static (byte[], string) MutateBytes(byte[] bytes, Random random)
    {
        var copy = bytes.ToList();
        var at = random.Next(copy.Count);
        switch (random.Next(6))
        {
            case 0:
                copy[at] = (byte)random.Next(256);
                return ([.. copy], "byte set");
            case 1:
                copy[at] ^= (byte)(1 << random.Next(8));
                return ([.. copy], "bit flip");
            case 2:
                copy.RemoveRange(at, Math.Min(random.Next(1, 16), copy.Count - at));
                return ([.. copy], "delete");
            case 3:
                var alphabet = "{}[],:\"\\0-.e"u8;
                copy.Insert(at, alphabet[random.Next(alphabet.Length)]);
                return ([.. copy], "insert");
            case 4:
                return ([.. copy.Take(at)], "truncate");
            default:
                var length = Math.Min(random.Next(1, 200), copy.Count - at);
                copy.InsertRange(random.Next(copy.Count), copy.GetRange(at, length));
                return ([.. copy], "duplicate span");
        }
    }

    private static (byte[], string) MutateTokens(byte[] bytes, List<(int Start, int Length)> tokens, Random random)
    {
        var (start, length) = tokens[random.Next(tokens.Count)];
        var text = Encoding.UTF8.GetString(bytes, start, length);
        string replacement;
        string how;
        switch (random.Next(4))
        {
            case 0:
                replacement = Replacements[random.Next(Replacements.Length)];
                how = "replace with " + replacement;
                break;
            case 1:
                var (s2, l2) = tokens[random.Next(tokens.Count)];
                replacement = Encoding.UTF8.GetString(bytes, s2, l2);
                how = "replace with other token";
                break;
            case 2:
                replacement = text.Length > 2 && text[0] == '"' ? text.Insert(1 + random.Next(text.Length - 2), random.Next(3) switch { 0 => "9", 1 => ".", _ => "中" }) : text + "0";
                how = "edit token";
                break;
            default:
                replacement = text[0] == '"' ? text.Trim('"') : "\"" + text + "\"";
                how = "quote/unquote";
                break;
        }

        return ([.. bytes.AsSpan(0, start), .. Encoding.UTF8.GetBytes(replacement), .. bytes.AsSpan(start + length)], how);
    }
}
