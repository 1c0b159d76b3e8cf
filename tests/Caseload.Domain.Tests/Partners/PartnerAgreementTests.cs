using System.Text;
using Caseload.Domain.Common;
using Caseload.Domain.Files;
using Caseload.Domain.Partners;

namespace Caseload.Domain.Tests.Partners;

public class PartnerAgreementTests
{
    private static readonly DateTime Now = new(2026, 12, 4, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("2027-01-03", ReviewState.DueSoon)]  // exactly 30 days ahead: the reminder starts
    [InlineData("2027-01-04", ReviewState.Later)]    // 31 days ahead
    [InlineData("2026-12-04", ReviewState.DueSoon)]  // the review day itself
    [InlineData("2026-12-03", ReviewState.Overdue)]
    public void TheReviewReminderStartsThirtyDaysBeforeAndTurnsOverdueAfter(string reviewOn, ReviewState expected)
        => PartnerAgreement.StateOf(DateOnly.Parse(reviewOn), new DateOnly(2026, 12, 4)).ShouldBe(expected);

    [Fact]
    public void TheReminderCountsCalendarDaysOverALeapDay()
    {
        // 2028 is a leap year: 30 days after 30 January 2028 is 29 February.
        PartnerAgreement.StateOf(new DateOnly(2028, 2, 29), new DateOnly(2028, 1, 30)).ShouldBe(ReviewState.DueSoon);
        PartnerAgreement.StateOf(new DateOnly(2028, 3, 1), new DateOnly(2028, 1, 30)).ShouldBe(ReviewState.Later);
    }

    [Fact]
    public void AnAgreementNeedsTitlePartiesAndASensiblePeriod()
    {
        Should.Throw<DomainException>(() => new PartnerAgreement(Guid.NewGuid(), " ", "A og B", null, null, null, new DateOnly(2026, 1, 1), null, new DateOnly(2027, 1, 1)))
            .Message.ShouldBe("Skriv aftalens titel.");
        Should.Throw<DomainException>(() => new PartnerAgreement(Guid.NewGuid(), "Aftale", "A og B", null, null, null, new DateOnly(2026, 1, 1), new DateOnly(2025, 12, 31), new DateOnly(2027, 1, 1)))
            .Message.ShouldBe("Aftalen kan ikke slutte, før den begynder.");
        Should.Throw<DomainException>(() => new PartnerAgreement(Guid.NewGuid(), "Aftale", "A og B", null, null, null, new DateOnly(2026, 1, 1), null, new DateOnly(2025, 6, 1)))
            .Message.ShouldBe("Revisionsdatoen kan ikke ligge før aftalen begynder.");
    }

    [Fact]
    public void AFileIsKnownByItsContentNotItsName()
    {
        var pdf = new StoredFile("aftale.exe", Encoding.ASCII.GetBytes("%PDF-1.7 ..."), Now, "leder");
        (pdf.Kind, pdf.ContentType, pdf.FileName).ShouldBe((FileKind.Pdf, "application/pdf", "aftale.pdf"));
        var png = new StoredFile(null, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2], Now, "leder");
        (png.Kind, png.FileName).ShouldBe((FileKind.Png, "fil.png"));
        new StoredFile("scan.jpeg", [0xFF, 0xD8, 0xFF, 0xE0], Now, null).FileName.ShouldBe("scan.jpg");

        Should.Throw<DomainException>(() => new StoredFile("aftale.pdf", Encoding.ASCII.GetBytes("<html><script>"), Now, null)).Message.ShouldStartWith("Filen skal være en PDF");
        Should.Throw<DomainException>(() => new StoredFile("tom.pdf", [], Now, null)).Message.ShouldStartWith("Filen er tom");
        var large = new byte[StoredFile.MaxBytes + 1];
        "%PDF-"u8.CopyTo(large);
        Should.Throw<DomainException>(() => new StoredFile("stor.pdf", large, Now, null)).Message.ShouldContain("højst være 10 MB");
        new StoredFile("lige-nok.pdf", large[..StoredFile.MaxBytes], Now, null).Length.ShouldBe(StoredFile.MaxBytes);
    }

    [Theory]
    [InlineData("C:\\Users\\jens\\Aftale 2026.pdf", "Aftale 2026.pdf")]
    [InlineData("../../etc/passwd", "passwd.pdf")]
    [InlineData("a\"b<c>d\u0007.pdf", "abcd.pdf")]
    [InlineData("   .pdf", "fil.pdf")]
    public void TheStoredNameHasNoFolderNoControlCharactersAndTheContentsExtension(string uploaded, string stored)
        => StoredFile.SafeName(uploaded, FileKind.Pdf).ShouldBe(stored);

    [Fact]
    public void ContactsDropBlankRowsAndNeedANameInFilledOnes()
    {
        var partner = new Partner("Distriktspsykiatrien", PartnerKind.Psychiatry, null, null);
        partner.SaveContacts([new(Guid.Empty, "Mette Dahl", "Overlæge", "12345678", null), new(Guid.Empty, " ", null, null, null)]);
        partner.Contacts.ShouldHaveSingleItem().Name.ShouldBe("Mette Dahl");
        partner.Contacts[0].Id.ShouldNotBe(Guid.Empty);
        Should.Throw<DomainException>(() => partner.SaveContacts([new(Guid.Empty, "", "Sekretær", "87654321", null)]))
            .Message.ShouldBe("Skriv navnet på hver kontaktperson (eller tøm rækken).");
    }
}
