using System.Text;
using Caseload.Domain.Files;
using Caseload.Domain.Partners;

namespace Caseload.Infrastructure.Seeding;

/// <summary>Demo partners: the district psychiatry with a signed agreement due for review in three weeks (so the reminder
/// shows), the drop-in centre Lyset with its agreement, and the job centre without one yet.</summary>
internal static class DemoPartners
{
    public static (IReadOnlyList<Partner> Partners, IReadOnlyList<PartnerAgreement> Agreements, IReadOnlyList<StoredFile> Files) Build(DateOnly today, DateTime now)
    {
        var psychiatry = new Partner("Distriktspsykiatrien Solbjerg", PartnerKind.Psychiatry, "Sygehusvej 4, 8000 Solbjerg", "Fælles konference hver anden torsdag.");
        psychiatry.SaveContacts(
        [
            new PartnerContact(Guid.Empty, "Mette Dahl", "Overlæge", "70 11 22 33", "mette.dahl@psykiatri.example"),
            new PartnerContact(Guid.Empty, "Sofie Kragh", "Sekretær", "70 11 22 34", null),
        ]);
        var lyset = new Partner("Værestedet Lyset", PartnerKind.DropInCentre, "Havnegade 12, 8000 Solbjerg", null);
        lyset.SaveContacts([new PartnerContact(Guid.Empty, "Anders Bak", "Daglig leder", "20 30 40 50", "anders@lyset.example")]);
        var jobcentre = new Partner("Jobcenter Solbjerg", PartnerKind.JobCentre, "Rådhuspladsen 1, 8000 Solbjerg", null);

        var signed = new StoredFile("Samarbejdsaftale distriktspsykiatrien (underskrevet).pdf", MinimalPdf("Samarbejdsaftale - underskrevet"), now.AddMonths(-11), "leder@caseload.local");
        var withPsychiatry = new PartnerAgreement(psychiatry.Id, "Samarbejdsaftale om ACT-borgere", "Socialpsykiatrien Solbjerg og Distriktspsykiatrien Solbjerg",
            "Sammenhængende behandling og støtte til borgere i ACT-teamet.", "Distriktspsykiatrien: behandlingsansvar. ACT-teamet: koordinering og støtte i hverdagen.",
            "Fælles konference hver anden torsdag; én indgang for teamet; udskrivning aftales med teamet.", today.AddMonths(-11), null, today.AddDays(21));
        withPsychiatry.AttachSigned(signed);
        var withLyset = new PartnerAgreement(lyset.Id, "Samarbejdsaftale med Værestedet Lyset", "Solbjerg Kommune og Værestedet Lyset",
            "Fast tilstedeværelse af fremskudte medarbejdere og fælles gruppeaktiviteter.", "Værestedet stiller fortroligt samtalerum til rådighed.",
            "Tirsdage og torsdage med fast tid; IT-kursus hver tirsdag.", today.AddMonths(-2), today.AddMonths(22), today.AddMonths(10));
        return ([psychiatry, lyset, jobcentre], [withPsychiatry, withLyset], [signed]);
    }

    /// <summary>A one-page PDF with a line of text: enough for the demo's download to open in a viewer.</summary>
    internal static byte[] MinimalPdf(string text)
    {
        var content = $"BT /F1 18 Tf 72 720 Td ({text}) Tj ET";
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) pdf.Append($"{o:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
