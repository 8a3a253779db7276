using System.Globalization;
using System.Text.RegularExpressions;
using GovBudget.Classification;
using GovBudget.Tests.Docs;
using Xunit.Abstractions;

namespace GovBudget.Tests.Classification;

/// <summary>
/// The built-in catalogs hold every classification code printed in the real documents beside the repository
/// (<c>../shared/corpus/*.txt</c> and <c>../shared/seeds/*.txt</c>), for each document's edition, so that checking them
/// needs no catalog Info. Codes and names are read from the text the way a person reads a table line: a 3/5/7-digit
/// functional code (or the split form <c>201 13 01</c>) or a 3/5-digit 部门预算 economic code, then the name printed
/// beside it on the same line. Names held back for review (<c>functional-review.md</c>) are exempt.
/// </summary>
public partial class CorpusCatalogTests(ITestOutputHelper output)
{
    // The 类 of the two classifications (docs/domain.md §2): only these start a code.
    private static readonly HashSet<int> FunctionalClasses = [201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 219, 220, 221, 222, 223, 224, 227, 229, 230, 231, 232, 233, 234];
    private static readonly HashSet<int> EconomicClasses = [301, 302, 303, 307, 309, 310, 311, 312, 313, 399];

    [Fact]
    public void CorpusAndSeeds_EveryPrintedCode_IsInTheBuiltInCatalogForItsEdition()
    {
        var documents = Documents();
        if (documents is null)
        {
            return;
        }

        var review = ReviewItems();
        var failures = new List<string>();
        var checkedCodes = 0;
        foreach (var document in documents)
        {
            foreach (var printed in Extract(document).DistinctBy(p => (p.Kind, p.Code)))
            {
                checkedCodes++;
                if (!Contains(printed.Kind, printed.Code, document.Edition) && !review.Contains((printed.Code, document.Edition)))
                {
                    failures.Add($"{document.Name} p.{printed.Page}: {printed.Code} {printed.Name} is not in the built-in {printed.Kind} catalog of {document.Edition}");
                }
            }
        }

        output.WriteLine($"{documents.Count} documents, {checkedCodes} distinct codes per document checked");
        checkedCodes.ShouldBeGreaterThan(300);
        failures.ShouldBeEmpty();
    }

    [Fact]
    public void Corpus_PrintedNames_AreTheCatalogNamesOrWrappedPartsOfThem()
    {
        var documents = Documents();
        if (documents is null)
        {
            return;
        }

        var review = ReviewItems();
        var failures = new List<string>();
        foreach (var document in documents.Where(d => d.Source == "corpus"))
        {
            foreach (var printed in Extract(document).Where(p => p.Name.Length > 0))
            {
                var name = NameOf(printed.Kind, printed.Code, document.Edition);
                if (name is null || review.Contains((printed.Code, document.Edition)))
                {
                    continue;
                }

                // A name that wraps onto other lines leaves a part of it beside the code (机关事业单位 / 基本养老保险 / 缴费支出).
                if (!SubjectNames.Equivalent(name, printed.Name) && !SubjectNames.Normalize(name).Contains(SubjectNames.Normalize(printed.Name), StringComparison.Ordinal))
                {
                    failures.Add($"{document.Name} p.{printed.Page}: {printed.Code} printed '{printed.Name}', the {document.Edition} catalog says '{name}'");
                }
            }
        }

        failures.ShouldBeEmpty();
    }

    [Fact]
    public void FunctionalData_CorpusSourceNotes_NameWhereTheCodeIsPrinted()
    {
        var documents = Documents();
        if (documents is null)
        {
            return;
        }

        var pages = documents
            .SelectMany(d => Extract(d).Select(p => (Document: $"{d.Source}: {d.ShortName}", p.Code, p.Page, d.Edition)))
            .ToHashSet();
        var rows = BuiltInFunctionalRows().Where(r => r.Note is not null && r.Note.StartsWith("corpus: ", StringComparison.Ordinal)).ToList();
        rows.Count.ShouldBeGreaterThan(50);
        var failures = new List<string>();
        foreach (var row in rows)
        {
            foreach (var source in row.Note!.Split("; "))
            {
                var match = SourceNote().Match(source);
                if (!match.Success)
                {
                    failures.Add($"{row.Code}: source note '{source}' is not 'corpus: <document> p.<pages>'");
                    continue;
                }

                foreach (var page in match.Groups["pages"].Value.Split('/').Select(p => int.Parse(p, CultureInfo.InvariantCulture)))
                {
                    var code = row.Code.ToString(CultureInfo.InvariantCulture);
                    var edition = pages.Where(p => p.Document == match.Groups["doc"].Value && p.Code == code && p.Page == page).Select(p => (int?)p.Edition).FirstOrDefault();
                    if (edition is null)
                    {
                        failures.Add($"{row.Code} {row.Name}: not printed in {match.Groups["doc"].Value} p.{page}");
                    }
                    else if (!row.AppliesTo(edition.Value))
                    {
                        failures.Add($"{row.Code} {row.Name}: {match.Groups["doc"].Value} is edition {edition}, outside the row's {row.From}-{row.To}");
                    }
                }
            }
        }

        failures.ShouldBeEmpty();
    }

    /// <summary>The corpus and seed texts, or <see langword="null"/> (with the reason printed) when they are absent outside CI.</summary>
    private List<SourceText>? Documents()
    {
        var shared = Path.GetFullPath(Path.Combine(ReadmeTests.FindRepositoryRoot(), "..", "shared"));
        var corpus = Path.Combine(shared, "corpus");
        var seeds = Path.Combine(shared, "seeds");
        if (!Directory.Exists(corpus) || !Directory.Exists(seeds))
        {
            var reason = $"skipped: the real documents are not beside the repository ({corpus}, {seeds})";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(reason.Replace("skipped: ", "CI=true but ", StringComparison.Ordinal));
            }

            output.WriteLine(reason);
            return null;
        }

        var documents = Directory.GetFiles(corpus, "*.txt").Select(f => Read(f, "corpus"))
            .Concat(Directory.GetFiles(seeds, "*.txt").Select(f => Read(f, "seed")))
            .OrderBy(d => d.Name, StringComparer.Ordinal)
            .ToList();
        documents.Count.ShouldBe(14, "ten corpus documents and four seeds");
        return documents;

        static SourceText Read(string path, string source)
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var edition = int.Parse(EditionInName().Match(name).Groups[1].Value, CultureInfo.InvariantCulture);
            var shortName = name.StartsWith("shanghai-", StringComparison.Ordinal) ? name["shanghai-".Length..] : name;
            return new SourceText(name, shortName, source, edition, File.ReadAllText(path));
        }
    }

    /// <summary>Every code printed in the text with the name beside it (empty when the name is on other lines) and its page.</summary>
    internal static IEnumerable<PrintedCode> Extract(SourceText document)
    {
        var pages = document.Text.Split('\f');
        for (var page = 0; page < pages.Length; page++)
        {
            foreach (var line in pages[page].Split('\n'))
            {
                foreach (Match match in CodeOnLine().Matches(line))
                {
                    var head = match.Groups["head"].Value;
                    var parts = match.Groups["split"].Value.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                    // Split columns 类/款/项 only follow a 3-digit 类; small numbers after a longer code are amounts.
                    var code = head.Length == 3 ? head + string.Concat(parts.Select(p => p.PadLeft(2, '0'))) : head;
                    var @class = int.Parse(code.AsSpan(0, 3), CultureInfo.InvariantCulture);
                    var kind = FunctionalClasses.Contains(@class) ? "functional" : EconomicClasses.Contains(@class) && code.Length <= 5 ? "economic-department" : null;
                    if (kind is null)
                    {
                        continue;
                    }

                    yield return new PrintedCode(kind, code, match.Groups["name"].Value.Trim(), page + 1);
                }
            }
        }
    }

    private static bool Contains(string kind, string code, int edition) => NameOf(kind, code, edition) is not null;

    private static string? NameOf(string kind, string code, int edition) => kind == "functional"
        ? FunctionalCode.TryParse(code, out var f) ? CatalogSet.BuiltIn.Functional(edition).NameOf(f) : null
        : EconomicCode.TryParse(code, out var e) ? CatalogSet.BuiltIn.Economic(EconomicSystem.Department, edition).NameOf(e) : null;

    /// <summary>The (code, edition) pairs of the first table of <c>functional-review.md</c>.</summary>
    private static HashSet<(string Code, int Edition)> ReviewItems()
    {
        var path = Path.Combine(ReadmeTests.FindRepositoryRoot(), "src", "GovBudget", "Classification", "Data", "functional-review.md");
        var items = new HashSet<(string, int)>();
        foreach (var line in File.ReadLines(path).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)))
        {
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            if (cells.Length > 3 && cells[1].Length > 0 && cells[1].All(char.IsAsciiDigit))
            {
                items.Add((cells[1], int.Parse(cells[2], CultureInfo.InvariantCulture)));
            }
        }

        items.ShouldNotBeEmpty();
        return items;
    }

    private static GovBudget.Collections.EquatableArray<CatalogRow> BuiltInFunctionalRows()
    {
        using var stream = typeof(CatalogSet).Assembly.GetManifestResourceStream("GovBudget.Classification.Data.functional.csv")!;
        return CatalogDocument.ReadCsv(new StreamReader(stream), "functional.csv").Rows;
    }

    [GeneratedRegex(@"(?<=\s|^)(?<head>[23]\d{2}(?:\d{2}){0,2})(?<split>(?:[ \t]+\d{1,2}(?![\d,.%])){0,2})(?![\d,.%])[ \t]*(?<name>[\p{IsCJKUnifiedIdeographs}（）()、“”""\-—](?:[\p{IsCJKUnifiedIdeographs}（）()、“”""\-—]| (?=\p{IsCJKUnifiedIdeographs}))*)?")]
    private static partial Regex CodeOnLine();

    [GeneratedRegex(@"-(20\d\d)-")]
    private static partial Regex EditionInName();

    [GeneratedRegex(@"^(?<doc>corpus: [a-z0-9-]+) p\.(?<pages>\d+(?:/\d+)*)$")]
    private static partial Regex SourceNote();

    internal sealed record SourceText(string Name, string ShortName, string Source, int Edition, string Text);

    internal sealed record PrintedCode(string Kind, string Code, string Name, int Page);
}
