"""wenming-kg: a knowledge-graph builder for Chinese civic and local-government news."""

__version__ = "0.1.0"
