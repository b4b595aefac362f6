# .NET's exception classes and the translation of MicroPython's own errors into them.
#
# Every class takes (message=None, inner=None): a program's own exception class derives from one of them and
# calls super().__init__(message, inner). A message of None means the class's default text (_msg), as in .NET.
# Those default texts, the class names they show (_full) and InnerException are the feature Exception_.defaults:
# a program that gives every exception a message and never reads InnerException (ExceptionReach.DefaultMessagesSeen)
# gets classes with no __init__ of their own, which MicroPython's Exception stores the message for (args[0]).
# The default texts alone (feature Exception_.messages) serve _net, which gives them explicitly.
# The Python classes form .NET's hierarchy under MicroPython's Exception. MicroPython allows one native base
# per class, so a class cannot also derive from the VM's error (ZeroDivisionError, ...): a catch clause lists
# the VM errors that stand for its type next to the class, and _net turns a caught VM error into the .NET
# exception it stands for (Lowering/Exceptions.cs holds the same table, VmErrors).

#: helper Exception_
# System.Exception. Its Python name is Exception, as in .NET, so that tracebacks and GetType().Name show it;
# programs refer to it as Exception_ and keep the name Exception for MicroPython's base of every error. It is a
# class of its own (feature Exception_.class) when it holds more than MicroPython's Exception does or _net must
# tell .NET's exceptions from the VM's errors; otherwise it is MicroPython's Exception itself.
#: if Exception_.class
class Exception(Exception):
#: if Exception_.defaults
    _msg = None
    # Every class names itself as Type.FullName does; System.Exception's default message shows it.
    _full = 'System.Exception'

    def __init__(self, message=None, inner=None):
        if message is None:
            message = self._msg or "Exception of type '" + self._full + "' was thrown."
        super().__init__(message)
        self.InnerException = inner
#: end

#: if Exception_.message
    # A property, not an attribute, so that a program's class can override it (base.Message is self.args[0]).
    @property
    def Message(self):
        return self.args[0]
#: end
#: end
Exception_ = Exception

#: helper SystemException uses Exception_
class SystemException(Exception_):
#: if Exception_.messages
    _msg = 'System error.'
#: end
#: if Exception_.defaults
    _full = 'System.SystemException'
#: end

#: helper ApplicationException uses Exception_
class ApplicationException(Exception_):
#: if Exception_.messages
    _msg = 'Error in the application.'
#: end
#: if Exception_.defaults
    _full = 'System.ApplicationException'
#: end

#: helper ArithmeticException uses SystemException
class ArithmeticException(SystemException):
#: if Exception_.messages
    _msg = 'Overflow or underflow in the arithmetic operation.'
#: end
#: if Exception_.defaults
    _full = 'System.ArithmeticException'
#: end

#: helper DivideByZeroException uses ArithmeticException
class DivideByZeroException(ArithmeticException):
#: if Exception_.messages
    _msg = 'Attempted to divide by zero.'
#: end
#: if Exception_.defaults
    _full = 'System.DivideByZeroException'
#: end

#: helper OverflowException uses ArithmeticException
class OverflowException(ArithmeticException):
#: if Exception_.messages
    _msg = 'Arithmetic operation resulted in an overflow.'
#: end
#: if Exception_.defaults
    _full = 'System.OverflowException'
#: end

#: helper ArgumentException uses SystemException
class ArgumentException(SystemException):
    # The runtime's own argument errors give their message; a default one is the feature ArgumentException.defaults.
#: if ArgumentException.defaults
    _msg = 'Value does not fall within the expected range.'
#: end
#: if Exception_.defaults
    _full = 'System.ArgumentException'
#: end

    # The parameter's name and the actual value, in ParamName and the message, are the feature ArgumentException.param:
    # without it the runtime's argument errors compose their message themselves (_argrange).
#: if ArgumentException.param
    def __init__(self, message=None, inner=None, param=None, actual=None):
        # actual: ArgumentOutOfRangeException's actual value, already as .NET prints it.
#: if ArgumentException.defaults
        if message is None:
            message = self._msg
#: end
        if param:
            message += " (Parameter '" + param + "')"
        if actual is not None:
            message += '\nActual value was ' + actual + '.'
        super().__init__(message)
#: if Exception_.defaults
        self.InnerException = inner
#: end
        self.ParamName = param
#: end

#: helper ArgumentNullException uses ArgumentException
class ArgumentNullException(ArgumentException):
#: if ArgumentException.defaults
    _msg = 'Value cannot be null.'
#: end
#: if Exception_.defaults
    _full = 'System.ArgumentNullException'
#: end

#: helper ArgumentOutOfRangeException uses ArgumentException
class ArgumentOutOfRangeException(ArgumentException):
#: if ArgumentException.defaults
    _msg = 'Specified argument was out of the range of valid values.'
#: end
#: if Exception_.defaults
    _full = 'System.ArgumentOutOfRangeException'
#: end

#: helper IndexOutOfRangeException uses SystemException
class IndexOutOfRangeException(SystemException):
#: if Exception_.messages
    _msg = 'Index was outside the bounds of the array.'
#: end
#: if Exception_.defaults
    _full = 'System.IndexOutOfRangeException'
#: end

#: helper InvalidCastException uses SystemException
class InvalidCastException(SystemException):
#: if Exception_.messages
    _msg = 'Specified cast is not valid.'
#: end
#: if Exception_.defaults
    _full = 'System.InvalidCastException'
#: end

#: helper InvalidOperationException uses SystemException
class InvalidOperationException(SystemException):
#: if Exception_.messages
    _msg = 'Operation is not valid due to the current state of the object.'
#: end
#: if Exception_.defaults
    _full = 'System.InvalidOperationException'
#: end

#: helper KeyNotFoundException uses SystemException
class KeyNotFoundException(SystemException):
#: if Exception_.messages
    _msg = 'The given key was not present in the dictionary.'
#: end
#: if Exception_.defaults
    _full = 'System.Collections.Generic.KeyNotFoundException'
#: end

#: helper NullReferenceException uses SystemException
class NullReferenceException(SystemException):
#: if Exception_.messages
    _msg = 'Object reference not set to an instance of an object.'
#: end
#: if Exception_.defaults
    _full = 'System.NullReferenceException'
#: end

#: helper FormatException uses SystemException
class FormatException(SystemException):
#: if Exception_.messages
    _msg = 'One of the identified items was in an invalid format.'
#: end
#: if Exception_.defaults
    _full = 'System.FormatException'
#: end

#: helper NotSupportedException uses SystemException
class NotSupportedException(SystemException):
#: if Exception_.messages
    _msg = 'Specified method is not supported.'
#: end
#: if Exception_.defaults
    _full = 'System.NotSupportedException'
#: end

#: helper NotImplementedException uses SystemException
class NotImplementedException(SystemException):
#: if Exception_.messages
    _msg = 'The method or operation is not implemented.'
#: end
#: if Exception_.defaults
    _full = 'System.NotImplementedException'
#: end

#: helper OutOfMemoryException uses SystemException
class OutOfMemoryException(SystemException):
#: if Exception_.messages
    _msg = 'Insufficient memory to continue the execution of the program.'
#: end
#: if Exception_.defaults
    _full = 'System.OutOfMemoryException'
#: end

#: helper TimeoutException uses SystemException
class TimeoutException(SystemException):
#: if Exception_.messages
    _msg = 'The operation has timed out.'
#: end
#: if Exception_.defaults
    _full = 'System.TimeoutException'
#: end

#: helper _net uses Exception_.messages Exception_.class Exception_ DivideByZeroException OverflowException IndexOutOfRangeException KeyNotFoundException FormatException NullReferenceException OutOfMemoryException
def _net(e):
    # The .NET exception a caught error stands for. The runtime raises OverflowError, IndexError and ValueError
    # with .NET's message where it checks what the VM does not (they cost nothing to define); the VM's own
    # errors get .NET's default message, passed explicitly so that the classes need no __init__ (feature
    # Exception_.defaults) for it. On a None receiver the VM raises AttributeError or TypeError.
    if isinstance(e, Exception_):
        return e
    a = e.args[0] if e.args else None
    if isinstance(e, ZeroDivisionError):
        return DivideByZeroException(DivideByZeroException._msg)
    if isinstance(e, OverflowError):
        return OverflowException(a or OverflowException._msg)
    if isinstance(e, IndexError):
        return IndexOutOfRangeException(IndexOutOfRangeException._msg)
    if isinstance(e, KeyError):
        # .NET prints the key with ToString(); dictionaries with floating-point keys raise it already printed.
        return KeyNotFoundException("The given key '" + str(a) + "' was not present in the dictionary.")
    if isinstance(e, ValueError):
        return FormatException(a or FormatException._msg)
    if isinstance(e, (AttributeError, TypeError)):
        return NullReferenceException(NullReferenceException._msg)
    if isinstance(e, MemoryError):
        return OutOfMemoryException(OutOfMemoryException._msg)
    # Anything else (OSError from a device module, ...) is a plain System.Exception with the VM's text.
    return Exception_(str(e))

#: feature Exception_.class

#: feature Exception_.messages

#: feature Exception_.defaults uses Exception_.class Exception_.messages ArgumentException.defaults

#: feature ArgumentException.defaults uses ArgumentException.param

#: feature ArgumentException.param

#: feature Exception_.message uses Exception_.class

#: helper _throw
def _throw(e):
    # A throw expression (cond ? x : throw e): Python's raise is a statement.
    raise e

#: helper _exc_base
def _exc_base(e):
    while e.InnerException is not None:
        e = e.InnerException
    return e

#: helper _lrange uses _argrange
def _lrange():
    # A List<T> index out of range (the VM's IndexError would stand for IndexOutOfRangeException).
    _argrange('Index was out of range. Must be non-negative and less than the size of the collection.', 'index')

#: helper _argrange uses ArgumentOutOfRangeException
def _argrange(message, param, actual=None):
#: if ArgumentException.param
    raise ArgumentOutOfRangeException(message, None, param, None if actual is None else str(actual))
#: else
    # The text ArgumentException's __init__ composes when a program needs ParamName.
    raise ArgumentOutOfRangeException(message + " (Parameter '" + param + "')" + ('' if actual is None else '\nActual value was ' + str(actual) + '.'))
#: end

#: helper _argneg uses _argrange
def _argneg(param, value):
    # ArgumentOutOfRangeException.ThrowIfNegative, which .NET's string methods use.
    _argrange(param + " ('" + str(value) + "') must be a non-negative value.", param, value)
