using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovBudget.Serialization;

namespace GovBudget.Tests.Serialization;

/// <summary>One test per class of bad input: each throws <see cref="GovBudgetFormatException"/> saying where.</summary>
public class DisclosureJsonErrorTests
{
    private static readonly string Valid = DisclosureJson.Serialize(SeedDocuments.All["WuchangBudget2026"]);

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Edit(Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(Valid)!.AsObject();
        edit(root);
        return root.ToJsonString(Indented);
    }

    private static JsonObject Table(JsonObject root, string kind)
        => root["tables"]!.AsArray().Select(t => t!.AsObject()).First(t => (string?)t["kind"] == kind);

    private static GovBudgetFormatException Reject(string json, DisclosureJsonOptions? options = null)
    {
        var ex = Should.Throw<GovBudgetFormatException>(() => DisclosureJson.Deserialize(json, options));
        ex.Path.ShouldNotBeNull();
        ex.Message.ShouldContain(ex.Reason!);
        return ex;
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{\"schemaVersion\": 1,,}")]
    [InlineData("[1, 2]")]
    [InlineData("nul")]
    [InlineData("{\"schemaVersion\": 1} trailing")]
    public void Deserialize_MalformedJson_ThrowsWithPosition(string json)
    {
        var ex = Reject(json);

        ex.LineNumber.ShouldNotBeNull();
        ex.Column.ShouldNotBeNull();
    }

    [Fact]
    public void Deserialize_Null_Throws()
        => Reject("null").Path.ShouldBe("$");

    [Fact]
    public void Deserialize_WrongType_ThrowsWithPathAndLine()
    {
        var ex = Reject(Edit(r => r["year"] = "2026"));

        ex.Path.ShouldBe("$.year");
        ex.LineNumber.ShouldBe(5);
    }

    [Fact]
    public void Deserialize_NumberForString_Throws()
        => Reject(Edit(r => r["department"]!["name"] = 506)).Path.ShouldBe("$.department.name");

    [Fact]
    public void Deserialize_UnknownProperty_RejectedByDefault()
        => Reject(Edit(r => r["department"]!["colour"] = "red")).Path!.ShouldStartWith("$.department");

    [Fact]
    public void Deserialize_UnknownProperty_IgnoredWhenAsked()
    {
        var json = Edit(r => r["department"]!["colour"] = "red");

        DisclosureJson.Deserialize(json, new DisclosureJsonOptions { UnknownProperties = UnknownPropertyPolicy.Ignore })
            .ShouldBe(SeedDocuments.All["WuchangBudget2026"]);
    }

    [Fact]
    public void Deserialize_DuplicateProperty_Throws()
        => Reject(Valid.Replace("\"year\": 2026,", "\"year\": 2026, \"year\": 2027,", StringComparison.Ordinal));

    [Fact]
    public void Deserialize_CodeAtWrongLevel_ThrowsWithRowPath()
    {
        // 表1 lists expenditure by 类 only; a 项 code is at the wrong level.
        var ex = Reject(Edit(r => Table(r, "表1")["rows"]!.AsArray().Add(new JsonObject { ["key"] = "F2080505", ["cells"] = new JsonArray("1.00") })));

        ex.Path!.ShouldMatch(@"^\$\.tables\[0\]\.rows\[\d+\]\.key$");
        ex.Reason!.ShouldContain("GB-B002");
        ex.LineNumber.ShouldNotBeNull();
    }

    [Fact]
    public void Deserialize_AmountFinerThanPrecision_ThrowsWithCellPath()
    {
        var ex = Reject(Edit(r => Table(r, "表3")["rows"]![0]!["cells"]![0] = "1002.765"));

        ex.Path.ShouldBe("$.tables[2].rows[0].cells[0]");
        ex.Reason!.ShouldContain("GB-B006");
        var json = Edit(r => Table(r, "表3")["rows"]![0]!["cells"]![0] = "1002.765");
        var line = json[..json.IndexOf("1002.765", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        ex.LineNumber.ShouldBe(line);
        ex.Column.ShouldNotBeNull();
    }

    [Fact]
    public void Deserialize_DuplicateTable_ThrowsAtSecondTable()
    {
        var ex = Reject(Edit(r => r["tables"]!.AsArray().Add(Table(r, "表3").DeepClone())));

        ex.Reason!.ShouldContain("GB-B009");
        ex.Path.ShouldBe("$.tables[11]");
    }

    [Fact]
    public void Deserialize_TableOfOtherDisclosureKind_Throws()
    {
        var ex = Reject(Edit(r => Table(r, "表8")["kind"] = "公开08"));

        // Version 2 resolves a table kind in the document's table set, which has no 公开08.
        ex.Reason!.ShouldContain("'公开08' is not a table of set hubei.budget");
        ex.Path.ShouldBe("$.tables[8].kind");
    }

    [Fact]
    public void Deserialize_UnknownUnitRow_ThrowsWithKeyPath()
    {
        var ex = Reject(Edit(r => Table(r, "表2")["rows"]![1]!["key"] = "U999"));

        ex.Reason!.ShouldContain("GB-B008");
        ex.Path.ShouldBe("$.tables[1].rows[1].key");
    }

    [Fact]
    public void Deserialize_UnknownParent_ThrowsWithParentPath()
    {
        var ex = Reject(Edit(r => Table(r, "表10")["rows"]!.AsArray().First(row => row!["parent"] is not null)!["parent"] = "C:不存在"));

        ex.Reason!.ShouldContain("GB-B012");
        ex.Path!.ShouldEndWith(".parent");
    }

    [Fact]
    public void Deserialize_TableWithBothKindAndDefinition_Throws()
        => Reject(Edit(r => Table(r, "表3")["definition"] = new JsonObject())).Path!.ShouldStartWith("$.tables[2]");

    [Fact]
    public void Serialize_CellTheBuildersCannotProduce_ThrowsArgumentException()
    {
        var definition = GovBudget.Tables.Budget.BudgetTables.ThreePublicExpenses;
        var cells = Enumerable.Repeat(GovBudget.Tables.Cell.Empty, definition.Columns.Count).ToArray();
        cells[0] = GovBudget.Tables.Cell.FromText("text in an amount column");
        var table = new GovBudget.Tables.Table(definition, GovBudget.Amounts.Precision.WanYuan2, new[] { new GovBudget.Tables.TableRow(GovBudget.Tables.RowKey.Total, "合计", cells) });

        Should.Throw<ArgumentException>(() => DisclosureJson.SerializeTable(table));
    }

    [Theory]
    [InlineData("1,002.76")]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("1e3")]
    [InlineData(" 1.00")]
    public void Deserialize_NonCanonicalAmountCell_Throws(string cell)
        => Reject(Edit(r => Table(r, "表3")["rows"]![0]!["cells"]![0] = cell)).Path.ShouldBe("$.tables[2].rows[0].cells[0]");

    [Fact]
    public void Deserialize_NumberCellInsteadOfString_Throws()
        => Reject(Edit(r => Table(r, "表3")["rows"]![0]!["cells"]![0] = 1002.76)).Path!.ShouldStartWith("$.tables[2].rows[0].cells");

    [Theory]
    [InlineData("year", "99999999999")]
    [InlineData("year", "1.5")]
    [InlineData("year", "3000")]
    [InlineData("catalogEdition", "-1")]
    public void Deserialize_NumberOutOfRange_Throws(string property, string value)
        => Reject(Edit(r => r[property] = JsonNode.Parse(value))).Path.ShouldBe("$." + property);

    [Fact]
    public void Deserialize_AmountOutOfRange_Throws()
        => Reject(Edit(r => Table(r, "表3")["rows"]![0]!["cells"]![0] = "99999999999999999999999.00")).Path.ShouldBe("$.tables[2].rows[0].cells[0]");

    [Fact]
    public void Deserialize_DuplicateRow_ThrowsAtSecondOccurrence()
    {
        var ex = Reject(Edit(r =>
        {
            var rows = Table(r, "表3")["rows"]!.AsArray();
            rows.Add(rows[1]!.DeepClone());
        }));

        ex.Reason!.ShouldContain("GB-B001");
        ex.Path!.ShouldMatch(@"^\$\.tables\[2\]\.rows\[\d+\]\.key$");
        ex.Path.ShouldNotBe("$.tables[2].rows[1].key");
    }

    [Theory]
    [InlineData("department")]
    [InlineData("kind")]
    [InlineData("precision")]
    [InlineData("schemaVersion")]
    public void Deserialize_MissingRequiredPart_Throws(string property)
        => Reject(Edit(r => r.Remove(property)));

    [Fact]
    public void Deserialize_NullRequiredString_Throws()
        => Reject(Edit(r => r["department"]!["name"] = null)).Path.ShouldBe("$.department.name");

    [Fact]
    public void Deserialize_NullListItem_Throws()
        => Reject(Edit(r => r["tables"]!.AsArray().Add(null))).Path.ShouldBe("$.tables[11]");

    [Fact]
    public void Deserialize_WrongCellCount_Throws()
        => Reject(Edit(r => Table(r, "表3")["rows"]![0]!["cells"]!.AsArray().Add(null))).Path.ShouldBe("$.tables[2].rows[0].cells");

    [Fact]
    public void Deserialize_UnknownTableKind_Throws()
        => Reject(Edit(r => Table(r, "表3")["kind"] = "表99")).Path.ShouldBe("$.tables[2].kind");

    [Fact]
    public void Deserialize_UnknownEnumName_Throws()
        => Reject(Edit(r => r["kind"] = "Budget")).Path.ShouldBe("$.kind");

    [Fact]
    public void Deserialize_BadRowKey_Throws()
        => Reject(Edit(r => Table(r, "表3")["rows"]![1]!["key"] = "F99")).Path.ShouldBe("$.tables[2].rows[1].key");

    [Fact]
    public void Deserialize_UnsupportedSchemaVersion_Throws()
        => Reject(Edit(r => r["schemaVersion"] = 3)).Path.ShouldBe("$.schemaVersion");

    [Fact]
    public void Deserialize_SettlementPartInBudget_Throws()
        => Reject(Edit(r => r["selfEvaluations"] = new JsonArray(new JsonObject { ["level"] = "project", ["name"] = "x", ["tableId"] = "t" }))).Path.ShouldBe("$.selfEvaluations");

    [Fact]
    public void Deserialize_TooDeep_Throws()
    {
        var ex = Reject(Valid, new DisclosureJsonOptions { MaxDepth = 4 });

        ex.Reason!.ShouldContain("depth");
    }

    [Fact]
    public void Deserialize_TooLarge_Throws()
    {
        var options = new DisclosureJsonOptions { MaxDocumentBytes = 1000 };

        Reject(Valid, options).Reason!.ShouldContain("MaxDocumentBytes");
        Should.Throw<GovBudgetFormatException>(() => DisclosureJson.Deserialize(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Valid)), options));
    }

    [Fact]
    public void Deserialize_SourceName_IsInTheMessage()
        => Reject("{", new DisclosureJsonOptions { SourceName = "wuchang.json" }).Message.ShouldStartWith("wuchang.json, line 1");
}
