using System;

// int.Parse and int.TryParse accept ASCII digits only, with an optional sign and surrounding white space.
static class ParseDigitsAndWhiteSpace
{
    sealed class BadSetting : Exception
    {
        public BadSetting(string text) : base("bad setting: " + text) { Text = text; }
        public string Text { get; }
        public override string Message => "[" + Text + "] " + base.Message;
    }

    static void Main()
    {
        string[] inputs = { "12", " 12 ", "\t7\n", "+5", "-0", "--1", "1_000", "", " ", "٣", "²", "1 2", "0x1F", "007", "-2147483648", "2147483648", "12a", "\u00a012" };
        foreach (string s in inputs)
        {
            bool ok = int.TryParse(s, out int value);
            Console.Write("[" + s + "] " + ok + " " + value + " ");
            try
            {
                Console.WriteLine(int.Parse(s));
            }
            catch (FormatException e)
            {
                Console.WriteLine("format: " + e.Message);
            }
            catch (OverflowException e)
            {
                Console.WriteLine("overflow: " + e.Message);
            }
        }
        try
        {
            throw new BadSetting("gain");
        }
        catch (BadSetting e)
        {
            Console.WriteLine(e.Message + " / " + e.Text);
        }
    }
}
