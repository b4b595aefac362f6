using System;
using System.Collections.Generic;

namespace Station
{
    // A program's own exception classes: derived from Exception, from library exceptions and from each other, with
    // their own properties, a Message override that uses base.Message, .NET's default message naming the class, and
    // nested classes.
    class SensorException : Exception
    {
        public int Channel { get; }

        public SensorException(int channel, string message) : base(message) { Channel = channel; }

        public SensorException(int channel, string message, Exception inner) : base(message, inner) { Channel = channel; }

        public SensorException() { }
    }

    class OverheatException : SensorException
    {
        public double Celsius { get; }

        public OverheatException(int channel, double celsius) : base(channel, "overheated") { Celsius = celsius; }

        public override string Message => base.Message + " at " + Celsius + " C";
    }

    class BusyPinException : InvalidOperationException
    {
        public BusyPinException(int pin) : base("pin " + pin + " is busy") { }
    }

    class BadSettingException : ArgumentException
    {
        public BadSettingException(string setting) : base("unknown setting", setting) { }
    }

    class Fault : Exception
    {
        public Fault(string message) : base(message) { }

        public override string ToString() => "Fault(" + Message + ")";
    }

    class Board
    {
        public class WiringException : Exception
        {
        }

        public static int Read(int channel)
        {
            if (channel == 0) throw new OverheatException(channel, 81.5);
            if (channel == 1) throw new BusyPinException(13);
            if (channel == 2) throw new BadSettingException("gain");
            if (channel == 3) throw new WiringException();
            if (channel == 4)
            {
                int[] samples = { 1, 2 };
                try
                {
                    return samples[channel];
                }
                catch (IndexOutOfRangeException e)
                {
                    throw new SensorException(channel, "no sample", e);
                }
            }
            if (channel == 5) throw new SensorException();
            return channel * 100;
        }
    }

    static class Program
    {
        static string Describe(Exception e)
        {
            string text = e.GetType().Name + ": " + e.Message;
            if (e is SensorException sensor) text += " [channel " + sensor.Channel + "]";
            if (e is ArgumentException argument) text += " [param " + argument.ParamName + "]";
            if (e.InnerException != null) text += " <- " + e.InnerException.GetType().Name;
            return text;
        }

        static void Main()
        {
            for (int channel = 0; channel <= 6; channel++)
            {
                try
                {
                    Console.WriteLine("read " + Board.Read(channel));
                }
                catch (OverheatException e) when (e.Celsius > 80)
                {
                    Console.WriteLine("too hot: " + Describe(e) + ", " + e.Celsius);
                }
                catch (SensorException e)
                {
                    Console.WriteLine("sensor: " + Describe(e));
                }
                catch (InvalidOperationException e)
                {
                    Console.WriteLine("operation: " + Describe(e));
                }
                catch (Exception e)
                {
                    Console.WriteLine("other: " + Describe(e));
                }
            }

            var fault = new Fault("printable");
            Console.WriteLine(fault + " / " + fault.ToString() + " / " + $"{fault}");
            try { throw fault; }
            catch (Exception e) { Console.WriteLine("caught " + e.Message + " " + (e == fault)); }

            var errors = new List<Exception> { new OverheatException(2, 90), new BusyPinException(5), new Board.WiringException(), new FormatException("f") };
            foreach (Exception e in errors)
            {
                var asSensor = e as SensorException;
                var asInvalid = e as InvalidOperationException;
                Console.WriteLine(e.GetType().Name + ": sensor " + (asSensor != null) + ", invalid operation " + (asInvalid != null) + ", system " + (e is SystemException));
                try
                {
                    var sensor = (SensorException)e;
                    Console.WriteLine("  cast to SensorException, channel " + sensor.Channel);
                }
                catch (InvalidCastException cast)
                {
                    Console.WriteLine("  " + cast.Message);
                }
                try
                {
                    var format = (FormatException)e;
                    Console.WriteLine("  cast to FormatException: " + format.Message);
                }
                catch (InvalidCastException cast)
                {
                    Console.WriteLine("  " + cast.Message);
                }
            }
        }
    }
}
