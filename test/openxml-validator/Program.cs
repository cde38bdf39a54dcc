// Prints, for every .xlsx path given, the errors the Open XML SDK's validator
// finds, as one JSON object: {"path": [{"id", "description", "part", "path"}], ...}.
// A package the SDK cannot open at all is reported as one error with id "open".
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

var report = new Dictionary<string, List<Dictionary<string, string>>>();
var validator = new OpenXmlValidator(FileFormatVersions.Microsoft365);
foreach (var file in args)
{
    var errors = new List<Dictionary<string, string>>();
    try
    {
        using var doc = SpreadsheetDocument.Open(file, false);
        foreach (var e in validator.Validate(doc))
        {
            errors.Add(new()
            {
                ["id"] = e.Id ?? "",
                ["description"] = e.Description ?? "",
                ["part"] = e.Part?.Uri.ToString() ?? "",
                ["path"] = e.Path?.XPath ?? "",
            });
        }
    }
    catch (Exception e)
    {
        errors.Add(new() { ["id"] = "open", ["description"] = e.Message, ["part"] = "", ["path"] = "" });
    }
    report[file] = errors;
}
Console.WriteLine(JsonSerializer.Serialize(report));
