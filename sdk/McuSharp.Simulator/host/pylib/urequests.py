from requests import *  # urequests is the older name of the same library
from requests import request, Response
