using System.Text;
using System.Text.Json;
using GovBudget.Rules;
using GovBudget.Serialization;
using GovBudget.Tests.Hostile;

namespace GovBudget.Tests.Cli;

/// <summary>
/// 200 seeded JSON Lines batches of mutated documents (some lines rejected by the reader) through the built CLI,
/// ten batch files per run: every line of every batch is reported (the lines after a bad one too), a bad line exactly
/// where the reader rejects it, never an internal error or a stack trace, and the exit code is the documented one for
/// what the batches hold (2 when a line is unreadable, else 1 with findings at warning or above, else 0).
/// </summary>
public sealed class CliMutatedBatchTests : IDisposable
{
    private const int Batches = 200;
    private const int BatchesPerRun = 10;

    private readonly string _temp = Directory.CreateTempSubdirectory("govbudget-batches-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Validate_MutatedBatches_ExitCodesAsDocumentedAndEveryLineReported()
    {
        var random = new Random(20261203);
        var bases = HostileMutationTests.Bases.Select(b => (Bytes: HostilePipeline.Fixture(b), Tokens: HostileMutationTests.ValueTokens(HostilePipeline.Fixture(b)))).ToArray();
        var exits = new Dictionary<int, int>();
        for (var run = 0; run < Batches / BatchesPerRun; run++)
        {
            var files = new List<string>();
            var expectedLines = new Dictionary<string, bool[]>(StringComparer.Ordinal);
            var expectedExit = ExitClean;
            for (var b = 0; b < BatchesPerRun; b++)
            {
                var file = Path.Combine(_temp, $"run{run:00}-batch{b:00}.jsonl");
                var lines = new List<byte[]>();
                var good = new List<bool>();
                var count = 2 + random.Next(4);
                for (var l = 0; l < count; l++)
                {
                    // Every third run holds only lines the reader accepts, so that runs end in each documented code.
                    byte[] line;
                    bool ok;
                    int exit;
                    do
                    {
                        var (bytes, tokens) = bases[random.Next(bases.Length)];
                        line = random.Next(3) == 0 ? bytes : HostileMutationTests.Mutate(bytes, tokens, random);
                        (ok, exit) = Expect(line);
                    }
                    while (run % 3 == 0 && !ok);

                    lines.Add(line);
                    good.Add(ok);
                    expectedExit = Math.Max(expectedExit, exit);
                }

                File.WriteAllBytes(file, [.. lines.SelectMany(l => l.Append((byte)'\n'))]);
                files.Add(file);
                expectedLines[file] = [.. good];
            }

            var (actualExit, output, error) = CliProcess.Run(["validate", .. files, "--format", "json"]);

            error.ShouldNotContain("   at ", customMessage: $"run {run}");
            error.ShouldNotContain("internal error", customMessage: $"run {run}");
            actualExit.ShouldBe(expectedExit, $"run {run}");
            exits[actualExit] = exits.GetValueOrDefault(actualExit) + 1;
            using var json = JsonDocument.Parse(output);
            var items = json.RootElement.EnumerateArray().GroupBy(i => i.GetProperty("file").GetString()!).ToDictionary(g => g.Key, g => g.ToList());
            foreach (var (file, good) in expectedLines)
            {
                var reported = items[file];
                reported.Count.ShouldBe(good.Length, $"{file}: every line is reported");
                for (var i = 0; i < good.Length; i++)
                {
                    reported[i].TryGetProperty("error", out _).ShouldBe(!good[i], $"{file} line {i + 1}");
                }
            }
        }

        exits.Keys.ShouldContain(ExitUnreadable);
        exits.Keys.ShouldContain(ExitFindings);
    }

    private const int ExitClean = 0;
    private const int ExitFindings = 1;
    private const int ExitUnreadable = 2;

    private static (bool Good, int Exit) Expect(byte[] line)
    {
        try
        {
            var disclosure = DisclosureJson.Deserialize(line);
            var findings = disclosure.Validate().Findings.Any(f => f.Severity >= Severity.Warning);
            return (true, findings ? ExitFindings : ExitClean);
        }
        catch (GovBudgetFormatException)
        {
            return (false, ExitUnreadable);
        }
    }
}
