using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using GovBudget.Serialization;
using Json.Schema;
using Xunit.Abstractions;

namespace GovBudget.Tests.Hostile;

/// <summary>
/// Structured mutations of small documents (seeded, so deterministic): every value token of a base document may be
/// replaced by a hostile value (limits of Amount and decimal, odd precisions and rates, control characters,
/// non-characters, bidi overrides, formula-like text, unknown columns). Each mutant the reader accepts goes through the
/// whole pipeline (<see cref="HostilePipeline"/>): validation, HTML and Markdown, CSV and JSON round trips. Nothing but
/// <see cref="GovBudgetFormatException"/> may escape, the round trips must be lossless, and every accepted mutant must
/// validate against the published schema (<c>docs/disclosure.schema.json</c>, checked with JsonSchema.Net).
/// </summary>
/// <remarks>
/// CI runs 50,000 cases. For a longer local run set <c>GOVBUDGET_MUTATION_CASES</c>, e.g.
/// <c>GOVBUDGET_MUTATION_CASES=1000000 dotnet test tests/GovBudget.Tests -c Release --filter HostileMutationTests</c>.
/// </remarks>
public class HostileMutationTests(ITestOutputHelper output)
{
    private const int DefaultCases = 50_000;

    internal static readonly string[] Bases =
    [
        "csv-formula.json", "s01-share-of-zero-base.json", "s02-change-from-zero-base.json", "v04-percentage-upper-overflow.json",
        "v05-change-value-minus-difference-overflow.json", "x02-label-c0-bidi.json", "v02-rollup-sum-overflow.json",
    ];

    private static readonly string[] Values =
    [
        "\"92233720368.54\"", "\"-92233720368.54\"", "\"922337203685477.58\"", "\"92233720368.54万元\"", "\"-92233720368.54万元\"",
        "\"922337203685477.5807元\"", "\"0.0001元\"", "\"0.01元\"", "\"1亿元\"", "\"0.01亿元\"", "\"1元\"", "\"0.01万元\"",
        "\"79228162514264337593543950335%\"", "\"0%\"", "\"100%\"", "\"-50%\"", "\"0.0000000001%\"", "\"35.14%\"",
        "\"0.00\"", "\"-0.00\"", "\"0.1\"", "\"00.10\"", "\"5.00\"", "\"-5.00\"", "\"1.00万元\"", "\"0.00万元\"",
        "\"nope\"", "\"合计\"", "\"人员经费\"", "\"公用经费\"", "\"total\"", "\"E301\"", "\"E30101\"", "\"I:x\"",
        "\"=HYPERLINK(\\\"http://x\\\",\\\"y\\\")\"", "\"+1\"", "\"-x\"", "\"@SUM(1)\"", "\"'=1\"", "\"\\t=1\"",
        "\"a\\u202Eb\"", "\"\\u2066x\\u2069\"", "\"x\\uFFFEy\\uFFFF\"", "\"\\u0001\\b\\u001F\"", "\"\\u007F\\u0085\"", "\"\\uFDD0\"",
        "\"\\uD83D\\uDE00\"", "\"\\uDBFF\\uDFFF\"", "\"<script>\"", "\"a|b*c_[d]\"", "\"&amp;\"", "\" \"", "\"\"", "\"x\"",
        "\"share\"", "\"change\"", "\"execution\"", "\"0.01 万元\"", "\"35.14 %\"", "\".5%\"", "\"L00001\"", "\"L27\"",
        "\"１２.３４\"", "\"５.００万元\"", "\"F２０８\"", "\"0.01万元 \"", "\"1,002.76\"", "\"5.00 万元\"", "\"+5.00万元\"", "\"５０%\"", "null", "0", "1", "-1", "2025", "1949", "2999", "99999999999999999999", "1e400",
    ];

    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Serialization.SchemaFile.Path));

    [Fact]
    public void Pipeline_StructuredMutations_NoExceptionButFormatExceptionAndLosslessRoundTrips()
    {
        var cases = int.TryParse(Environment.GetEnvironmentVariable("GOVBUDGET_MUTATION_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : DefaultCases;
        var random = new Random(20261202);
        var bases = Bases.Select(b => (Bytes: HostilePipeline.Fixture(b), Tokens: ValueTokens(HostilePipeline.Fixture(b)))).ToArray();
        int accepted = 0, rejected = 0, other = 0;
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < cases; i++)
        {
            var (bytes, tokens) = bases[random.Next(bases.Length)];
            var mutant = Mutate(bytes, tokens, random);
            Disclosures.Disclosure disclosure;
            try
            {
                disclosure = DisclosureJson.Deserialize(mutant);
            }
            catch (GovBudgetFormatException)
            {
                rejected++;
                continue;
            }
#pragma warning disable CA1031 // the test counts every other exception
            catch (Exception ex)
#pragma warning restore CA1031
            {
                other++;
                Record(failures, i, mutant, $"read: {ex.GetType().Name}: {ex.Message}");
                continue;
            }

            accepted++;
            using (var instance = JsonDocument.Parse(mutant))
            {
                if (!Schema.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid)
                {
                    other++;
                    Record(failures, i, mutant, "the reader accepts it but the schema (docs/disclosure.schema.json) does not: " + SchemaErrors(instance.RootElement));
                    continue;
                }
            }

            if (HostilePipeline.Run(disclosure) is { } problem)
            {
                other++;
                Record(failures, i, mutant, problem);
            }
        }

        output.WriteLine($"hostile mutation test: {cases} cases, {accepted} accepted, {rejected} rejected, {other} other exceptions or differences, {clock.Elapsed.TotalSeconds:F1} s");
        failures.ShouldBeEmpty();
        accepted.ShouldBeGreaterThan(cases / 10);
        (accepted + rejected).ShouldBe(cases);
    }

    [Fact]
    public void Pipeline_MutatedSeedDocuments_NoExceptionButFormatExceptionAndLosslessRoundTrips()
    {
        // The four published documents, whole: every rule family, every renderer section. Slower per case than the
        // small documents above, so fewer cases (GOVBUDGET_SEED_MUTATION_CASES raises the count).
        var cases = int.TryParse(Environment.GetEnvironmentVariable("GOVBUDGET_SEED_MUTATION_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 1_000;
        var random = new Random(20261204);
        var options = new DisclosureJsonOptions { WriteIndented = false };
        var seeds = Serialization.SeedDocuments.All.Values.Select(d => DisclosureJson.SerializeToUtf8Bytes(d, options)).Select(b => (Bytes: b, Tokens: ValueTokens(b))).ToArray();
        int accepted = 0, rejected = 0, other = 0;
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < cases; i++)
        {
            var (bytes, tokens) = seeds[i % seeds.Length];
            var mutant = Mutate(bytes, tokens, random);
            Disclosures.Disclosure disclosure;
            try
            {
                disclosure = DisclosureJson.Deserialize(mutant);
            }
            catch (GovBudgetFormatException)
            {
                rejected++;
                continue;
            }

            accepted++;
            if (HostilePipeline.Run(disclosure) is { } problem)
            {
                other++;
                Record(failures, i, [.. mutant.Take(300)], problem);
            }
        }

        output.WriteLine($"hostile seed mutation test: {cases} cases, {accepted} accepted, {rejected} rejected, {other} other exceptions or differences, {clock.Elapsed.TotalSeconds:F1} s");
        failures.ShouldBeEmpty();
        accepted.ShouldBeGreaterThan(cases / 10);
    }

    private static string SchemaErrors(JsonElement instance)
    {
        var results = Schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return string.Join("; ", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .Select(d => $"{d.InstanceLocation}: {string.Join(", ", d.Errors!.Select(e => e.Value))}").Take(3));
    }

    private static void Record(List<string> failures, int index, byte[] mutant, string problem)
    {
        if (failures.Count < int.Parse(Environment.GetEnvironmentVariable("GOVBUDGET_MUTATION_REPORT") ?? "10", CultureInfo.InvariantCulture))
        {
            failures.Add($"case {index}: {problem}\n{Encoding.UTF8.GetString(mutant)}");
        }
    }

    internal static byte[] Mutate(byte[] bytes, List<(int Start, int Length)> tokens, Random random)
    {
        var count = 1 + random.Next(3);
        var picks = Enumerable.Range(0, count).Select(_ => tokens[random.Next(tokens.Count)]).DistinctBy(t => t.Start).OrderByDescending(t => t.Start);
        var result = bytes.ToList();
        foreach (var (start, length) in picks)
        {
            result.RemoveRange(start, length);
            result.InsertRange(start, Encoding.UTF8.GetBytes(Values[random.Next(Values.Length)]));
        }

        return [.. result];
    }

    internal static List<(int Start, int Length)> ValueTokens(byte[] bytes)
    {
        var tokens = new List<(int, int)>();
        var reader = new Utf8JsonReader(bytes);
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.Number or JsonTokenType.Null or JsonTokenType.True or JsonTokenType.False)
            {
                var start = (int)reader.TokenStartIndex;
                tokens.Add((start, (int)reader.BytesConsumed - start));
            }
        }

        return tokens;
    }
}
