using System.Text;
using GovBudget.Classification;

namespace GovBudget.Tests.Classification;

public class CatalogTests
{
    public static TheoryData<string> Seeds => new() { "hongshan-2021-budget", "huangpi-2023-unit-budget", "hongshan-2023-settlement", "wuchang-2026-budget" };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void SeedCodes_EveryPrintedCode_ResolvesWithPrintedName(string seed)
    {
        var rows = SeedCodeRows().Where(r => r.Seed == seed).ToList();
        rows.Count.ShouldBeGreaterThan(10, $"seed-codes.csv lists too few codes for {seed}");
        var failures = new List<string>();
        foreach (var row in rows)
        {
            var (found, name) = row.Kind switch
            {
                "functional" => Lookup(CatalogSet.BuiltIn.Functional(row.Edition), FunctionalCode.Parse(row.Code, null)),
                "economic-department" => Lookup(CatalogSet.BuiltIn.Economic(EconomicSystem.Department, row.Edition), EconomicCode.Parse(row.Code, null)),
                _ => throw new InvalidOperationException(row.Kind),
            };
            if (!found)
            {
                failures.Add($"{row.Code} ({row.Where}) is not in the {row.Edition} {row.Kind} catalog");
                continue;
            }

            var matches = SubjectNames.Equivalent(name, row.PrintedName);
            if (row.ExpectedMismatch.Length == 0 && !matches)
            {
                failures.Add($"{row.Code} printed '{row.PrintedName}' but the {row.Edition} catalog says '{name}'");
            }
            else if (row.ExpectedMismatch.Length > 0 && matches)
            {
                failures.Add($"{row.Code} is listed as a mismatch ({row.ExpectedMismatch}) but matches '{name}': update seed-codes.csv");
            }
        }

        failures.ShouldBeEmpty();
    }

    [Fact]
    public void SeedCodes_ExpectedMismatches_AreListedExplicitly()
    {
        // The only printed names that differ from the official catalog after normalisation.
        SeedCodeRows().Where(r => r.ExpectedMismatch.Length > 0).Select(r => $"{r.Seed}:{r.Code}:{r.PrintedName}").Distinct().ShouldBe(
            ["hongshan-2021-budget:233:债务发行费支出"],
            ignoreOrder: true);
    }

    [Fact]
    public void Functional_NameDrift_20805_DependsOnEdition()
    {
        var code = FunctionalCode.FromValue(20805);
        CatalogSet.BuiltIn.Functional(2019).NameOf(code).ShouldBe("行政事业单位离退休");
        CatalogSet.BuiltIn.Functional(2020).NameOf(code).ShouldBe("行政事业单位养老支出");
        CatalogSet.BuiltIn.Functional(2026).NameOf(code).ShouldBe("行政事业单位养老支出");
    }

    [Fact]
    public void BuiltIn_Completeness_IsDeclared()
    {
        CatalogSet.BuiltIn.Functional(2026).IsComplete.ShouldBeFalse();
        CatalogSet.BuiltIn.Economic(EconomicSystem.Department, 2026).IsComplete.ShouldBeTrue();
        CatalogSet.BuiltIn.Economic(EconomicSystem.Government, 2026).IsComplete.ShouldBeFalse();
    }

    [Fact]
    public void BuiltIn_Completeness_IsDeclaredPerEditionRange()
    {
        var department = CatalogSet.BuiltIn.Documents.Single(d => d.Kind == CatalogKind.EconomicDepartment);
        department.IsComplete.ShouldBeFalse();
        department.CompleteEditions.ShouldBe([new EditionRange(2019, 2026)]);
        CatalogSet.BuiltIn.Economic(EconomicSystem.Department, 2019).IsComplete.ShouldBeTrue();
        CatalogSet.BuiltIn.Economic(EconomicSystem.Department, 2018).IsComplete.ShouldBeFalse();
        CatalogSet.BuiltIn.Economic(EconomicSystem.Department, 2027).IsComplete.ShouldBeFalse();
        CatalogSet.BuiltIn.Functional(2023).IsComplete.ShouldBeFalse();
    }

    [Theory]
    [InlineData("2019-2024;2026", 2019, true)]
    [InlineData("2019-2024;2026", 2024, true)]
    [InlineData("2019-2024;2026", 2025, false)]
    [InlineData("2019-2024;2026", 2026, true)]
    [InlineData("2019-2024;2026", 2027, false)]
    [InlineData("true", 1999, true)]
    [InlineData("false", 2026, false)]
    public void ReadCsv_CompleteDirective_CompleteForItsEditions(string complete, int edition, bool expected)
    {
        var csv = $"# kind=functional\n# complete={complete}\ncode,name,from,to,note\n208,社会保障和就业支出,2019,,\n";
        var document = CatalogDocument.ReadCsv(new StringReader(csv), "ranges.csv");
        document.IsCompleteFor(edition).ShouldBe(expected);
        SubjectCatalog<FunctionalCode>.Create(document, edition).IsComplete.ShouldBe(expected);
        var writer = new StringWriter();
        document.WriteCsv(writer);
        CatalogDocument.ReadCsv(new StringReader(writer.ToString())).ShouldBe(document);
    }

    [Fact]
    public void ReadJson_CompleteAsEditionRanges_CompleteForThoseEditions()
    {
        const string json = """{"kind":"functional","complete":"2020-2022","rows":[{"code":"208","name":"社会保障和就业支出"}]}""";
        var document = CatalogDocument.ReadJson(new MemoryStream(Encoding.UTF8.GetBytes(json)), "ranges.json");
        document.CompleteEditions.ShouldBe([new EditionRange(2020, 2022)]);
        CatalogSet.Empty.With(document).Functional(2021).IsComplete.ShouldBeTrue();
        CatalogSet.Empty.With(document).Functional(2023).IsComplete.ShouldBeFalse();
    }

    [Fact]
    public void IsCompleteFor_SingleEditionFile_OnlyItsEdition()
    {
        var document = new CatalogDocument(CatalogKind.Functional, true, [new CatalogRow(208, "社会保障和就业支出")], 2026);
        document.IsCompleteFor(2026).ShouldBeTrue();
        document.IsCompleteFor(2025).ShouldBeFalse();
    }

    [Theory]
    [InlineData("2026", 2026, 2026)]
    [InlineData(" 2019 - 2026 ", 2019, 2026)]
    public void EditionRange_TryParse_ReadsYearOrRange(string text, int from, int to)
    {
        EditionRange.TryParse(text, out var range).ShouldBeTrue();
        range.ShouldBe(new EditionRange(from, to));
        EditionRange.TryParse(range.ToString(), out var again).ShouldBeTrue();
        again.ShouldBe(range);
    }

    [Theory]
    [InlineData("2026-2019")]
    [InlineData("20-26")]
    [InlineData("")]
    [InlineData("2019-")]
    public void EditionRange_TryParse_Malformed_False(string text) => EditionRange.TryParse(text, out _).ShouldBeFalse();

    [Fact]
    public void EditionRange_ToBeforeFrom_Throws() => Should.Throw<ArgumentOutOfRangeException>(() => new EditionRange(2026, 2019));

    [Fact]
    public void Functional_ClassList_HasEveryClassOfDomain()
    {
        int[] classes = [201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 219, 220, 221, 222, 223, 224, 227, 229, 230, 231, 232, 233];
        var catalog = CatalogSet.BuiltIn.Functional(2023);
        classes.Where(c => !catalog.Contains(FunctionalCode.FromValue(c))).ShouldBeEmpty();
        catalog.NameOf(FunctionalCode.FromValue(210)).ShouldBe("卫生健康支出");
    }

    [Fact]
    public void Children_And_Ancestors_FollowTree()
    {
        var catalog = CatalogSet.BuiltIn.Economic(EconomicSystem.Department, 2023);
        var wages = catalog.ChildrenOf(EconomicCode.FromValue(301));
        wages.ShouldContain(EconomicCode.FromValue(30101));
        wages.ShouldContain(EconomicCode.FromValue(30199));
        wages.ShouldAllBe(c => c.Parent == EconomicCode.FromValue(301));
        catalog.AncestorsOf(EconomicCode.FromValue(30101)).ShouldBe([EconomicCode.FromValue(301)]);
        catalog.NameOf(EconomicCode.FromValue(30108)).ShouldBe("机关事业单位基本养老保险缴费");
    }

    [Theory]
    [InlineData("机关事业单位基本养老保险缴\n费支出")]
    [InlineData("机关事业单位基本养老保险缴费支出 ")]
    [InlineData("机关事业单位 基本养老保险缴费支出")]
    public void NameMatches_ToleratesWrapsAndSpaces(string printed)
        => CatalogSet.BuiltIn.Functional(2026).NameMatches(FunctionalCode.FromValue(2080505), printed).ShouldBeTrue();

    [Fact]
    public void SubjectNames_FoldsWidthAndBrackets()
    {
        SubjectNames.Equivalent("因公出国(境)费用", "因公出国（境）费用").ShouldBeTrue();
        SubjectNames.Equivalent("“三公”经费", "\"三公\"经费").ShouldBeTrue();
        SubjectNames.Equivalent("行政运行", "事业运行").ShouldBeFalse();
    }

    [Fact]
    public void OfficialEdition_LoadedFromCsv_OverridesAndCompletes()
    {
        const string csv = """
            # An official edition (excerpt) loaded by a user.
            # kind=functional
            # complete=true
            # edition=2026
            code,name
            208,社会保障和就业支出
            20805,行政事业单位养老支出
            2080599,其他行政事业单位养老支出
            """;
        var document = CatalogDocument.ReadCsv(new StringReader(csv), "official-2026.csv");
        document.Edition.ShouldBe(2026);
        var set = CatalogSet.BuiltIn.With(document);
        var catalog = set.Functional(2026);
        catalog.IsComplete.ShouldBeTrue();
        catalog.NameOf(FunctionalCode.FromValue(2080599)).ShouldBe("其他行政事业单位养老支出");
        catalog.NameOf(FunctionalCode.FromValue(2101501)).ShouldBe("行政运行"); // kept from the built-in data
        set.Functional(2021).Contains(FunctionalCode.FromValue(2080599)).ShouldBeFalse(); // only for its edition

        var replaced = CatalogSet.BuiltIn.With(document, CatalogMergeMode.Replace).Functional(2026);
        replaced.Count.ShouldBe(3);
    }

    [Fact]
    public void OfficialEdition_LoadedFromJson_SameAsCsv()
    {
        const string json = """
            {"kind":"economic-government","complete":true,"edition":2026,
             "rows":[{"code":"501","name":"机关工资福利支出"},{"code":"50101","name":"工资奖金津补贴","from":null,"to":null,"note":"official"}]}
            """;
        var document = CatalogDocument.ReadJson(new MemoryStream(Encoding.UTF8.GetBytes(json)), "gov.json");
        var catalog = CatalogSet.Empty.With(document).Economic(EconomicSystem.Government, 2026);
        catalog.Count.ShouldBe(2);
        catalog.IsComplete.ShouldBeTrue();
        catalog.TryGet(EconomicCode.FromValue(50101), out var entry).ShouldBeTrue();
        entry.Note.ShouldBe("official");
    }

    [Fact]
    public void CatalogDocument_WriteCsv_RoundTrips()
    {
        using var stream = typeof(CatalogSet).Assembly.GetManifestResourceStream("GovBudget.Classification.Data.functional.csv")!;
        var document = CatalogDocument.ReadCsv(new StreamReader(stream), "functional.csv");
        var writer = new StringWriter();
        document.WriteCsv(writer);
        CatalogDocument.ReadCsv(new StringReader(writer.ToString())).ShouldBe(document);
    }

    [Theory]
    [InlineData("code,name\n208,x\n", "kind")]
    [InlineData("# kind=functional\nwrong,header\n", "line 2")]
    [InlineData("# kind=functional\ncode,name\n20x,名\n", "line 3, column 1")]
    [InlineData("# kind=functional\ncode,name,from,to,note\n208,名,2021,2019,\n", "line 3")]
    [InlineData("# kind=functional\ncode,name\n2080,名\n", "rows[0]")]
    [InlineData("# kind=planets\ncode,name\n", "line 1")]
    [InlineData("# kind=functional\n# complete=2026-2019\ncode,name\n", "line 2")]
    [InlineData("# kind=functional\n# complete=yes\ncode,name\n", "line 2")]
    public void ReadCsv_Malformed_ThrowsWithLocation(string csv, string where)
    {
        var ex = Should.Throw<GovBudgetFormatException>(() => CatalogDocument.ReadCsv(new StringReader(csv), "bad.csv"));
        ex.Message.ShouldContain("bad.csv");
        ex.Message.ShouldContain(where);
    }

    [Fact]
    public void ReadJson_Malformed_ThrowsWithPosition()
    {
        var ex = Should.Throw<GovBudgetFormatException>(() => CatalogDocument.ReadJson(new MemoryStream("{\"kind\": \n [}"u8.ToArray()), "bad.json"));
        ex.LineNumber.ShouldBe(2);
        ex.SourceName.ShouldBe("bad.json");
    }

    private static (bool Found, string? Name) Lookup<TCode>(SubjectCatalog<TCode> catalog, TCode code)
        where TCode : struct, ISubjectCode<TCode>
        => catalog.TryGet(code, out var entry) ? (true, entry.Name) : (false, null);

    private static IEnumerable<SeedCodeRow> SeedCodeRows()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Classification", "Data", "seed-codes.csv");
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("seed,", StringComparison.Ordinal))
            {
                continue;
            }

            var f = line.Split(',');
            f.Length.ShouldBe(7, $"malformed seed-codes.csv line: {line}");
            yield return new SeedCodeRow(f[0], int.Parse(f[1], null), f[2], f[3], f[4], f[5], f[6]);
        }
    }

    private sealed record SeedCodeRow(string Seed, int Edition, string Kind, string Code, string PrintedName, string Where, string ExpectedMismatch);
}
